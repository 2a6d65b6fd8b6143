import { hasInjectionContext, inject, provide, type App, type InjectionKey } from 'vue'
import { createCrmClient, type CrmClient } from '../api'
import { explainInvalidEmbedUrl } from '../machines/embedUrl'
import type { FallbackAssociate } from '../machines/types'
import type { EmbedMessageLogEntry } from './messageLog'
import type { UseTicketEmbedOptions } from './useTicketEmbed'
import { resolveMessages } from './i18n/resolveMessages'
import type { TicketEmbedLocale, TicketEmbedMessages } from './i18n/types'
import { reportOnce } from './reportOnce'

/**
 * Placeholder name of the ticket-create permission in the `customer_360` group (open question OQ-4):
 * the real key is not decided yet, so it is overridable through `permissionKey`.
 */
export const CREATE_TICKET_PERMISSION_KEY = 'create_ticket_embed'

/** Where the embed page lives below `embedBaseUrl`. */
export const EMBED_CREATE_TICKET_PATH = '/embed/ticket/create'

/**
 * The demo's reference embed and stand-in CRM API (`npm start`). Never used as defaults: a host that
 * forgets `embedBaseUrl` or `crmApiBaseUrl` gets a console error naming the option, not a panel
 * pointing at localhost.
 */
export const DEFAULT_EMBED_BASE_URL = 'http://127.0.0.1:5174'
/** See `DEFAULT_EMBED_BASE_URL`. */
export const DEFAULT_CRM_API_BASE_URL = 'http://127.0.0.1:5175'

/** How serious a toast is. pixel3 0.3.1 draws only success and error, see `notifyWithPixelToast` (`ticket-embed/pixel3`). */
export type TicketEmbedNotifyVariant = 'success' | 'warning' | 'error'

/** A toast the Tickets section asks the host to show. */
export interface TicketEmbedNotification {
  title: string
  variant: TicketEmbedNotifyVariant
  /** Which message it is (`ticketCreated`, `linkFailed`, …), for hosts that style by key. */
  key: string
}

/** Everything the Tickets section needs from the host app; give it once with `createTicketEmbed` or `provideTicketEmbedConfig`. */
export interface TicketEmbedConfig {
  /**
   * Origin (and optional path prefix) of the CRM's embed pages; the panel loads
   * `${embedBaseUrl}/embed/ticket/create`. Absolute `https:` (or `http:` on localhost). Required: without
   * it "Create Ticket" stays hidden and the console says so.
   */
  embedBaseUrl: string
  /**
   * Base URL of the CRM API (`/v1/leads/{contactId}/tickets`, …). Absolute `https:` (or `http:` on
   * localhost). Required: without it the list shows its error and the console says so.
   */
  crmApiBaseUrl: string
  /**
   * The fetch every CRM request goes through: the host's own, with its auth headers.
   * @default globalThis.fetch, looked up per request
   */
  fetch?: typeof fetch
  /**
   * Records an analytics event, e.g. `[Qontak One] [Customer] Create Ticket Embed Created`.
   * @default undefined (no analytics)
   */
  track?: (name: string, props: Record<string, unknown>) => void
  /**
   * Shows a toast.
   * @default in the pixel3 components (`ticket-embed/pixel3`), `notifyWithPixelToast`, which needs
   * exactly one `<MpToastManager/>` in the host app; headless, none (the console says a toast was dropped)
   */
  notify?: (notification: TicketEmbedNotification) => void
  /**
   * Name of the ticket-create permission in the user store's `customer_360` group.
   * @default CREATE_TICKET_PERMISSION_KEY
   */
  permissionKey?: string
  /**
   * Language of the section's strings; also sent to the embed in `EMBED_INIT`.
   * @default 'en'
   */
  locale?: TicketEmbedLocale
  /**
   * Replaces single strings of the chosen locale.
   * @default {}
   */
  messages?: Partial<TicketEmbedMessages>
  /**
   * How long the embed has to say `EMBED_READY`.
   * @default 10000
   */
  readyTimeoutMs?: number
  /**
   * After the agent closes the form, how long its hidden iframe is kept and heard for a ticket the
   * CRM may still report (embeds that never say `TICKET_CREATE_STARTED`).
   * @default 10000
   */
  closeGraceMs?: number
  /**
   * The same once the embed said a create is in flight.
   * @default 30000
   */
  createInFlightGraceMs?: number
  /**
   * When the host links a created ticket itself (OQ-6).
   * @default 'auto'
   */
  fallbackAssociate?: FallbackAssociate
  /**
   * Open the connection to the embed's origin when the "+" menu opens.
   * @default true
   */
  preconnect?: boolean
  /**
   * Load the form hidden when the "+" menu opens (`'intent'`), or on "Create Ticket" only (`'none'`).
   * @default 'intent'
   */
  preload?: UseTicketEmbedOptions['preload']
  /**
   * Keep the loaded form for the next ticket (embeds that can start afresh only).
   * @default true
   */
  keepFrame?: boolean
  /**
   * List a created ticket at once and hide the panel; the re-fetch confirms the row.
   * @default true
   */
  optimisticList?: boolean
  /**
   * Where tickets whose link failed are kept.
   * @default globalThis.sessionStorage
   */
  storage?: Storage | null
  /**
   * Sees every message in and out of the panel, accepted or dropped with its reason.
   * @default undefined
   */
  onMessage?: (entry: EmbedMessageLogEntry) => void
  /**
   * Sees every snapshot of the panel's statechart, sub-states included.
   * @default undefined
   */
  onSnapshot?: UseTicketEmbedOptions['onSnapshot']
}

/** The config with every default filled in, as components read it. */
export interface ResolvedTicketEmbedConfig {
  /** The full URL the panel loads. */
  embedUrl: string
  crmApiBaseUrl: string
  permissionKey: string
  locale: TicketEmbedLocale
  messages: TicketEmbedMessages
  readyTimeoutMs: number | undefined
  closeGraceMs: number | undefined
  createInFlightGraceMs: number | undefined
  fallbackAssociate: FallbackAssociate | undefined
  preconnect: boolean | undefined
  preload: UseTicketEmbedOptions['preload']
  keepFrame: boolean | undefined
  optimisticList: boolean | undefined
  storage: Storage | null | undefined
  track: ((name: string, props: Record<string, unknown>) => void) | undefined
  /** The host's `notify`; `undefined` lets the UI layer use its own toasts. */
  notify: ((notification: TicketEmbedNotification) => void) | undefined
  /** What is wrong with the config, each naming the option and the fix; empty when it is fine. */
  problems: readonly string[]
  onMessage: ((entry: EmbedMessageLogEntry) => void) | undefined
  onSnapshot: UseTicketEmbedOptions['onSnapshot']
  /** One CRM client for the whole section, built from `crmApiBaseUrl` and `fetch`. */
  crm: CrmClient
}

/** The injection key of the resolved config. */
export const TICKET_EMBED_CONFIG_KEY: InjectionKey<ResolvedTicketEmbedConfig> = Symbol('ticket-embed-config')

const trimSlashes = (url: string) => url.replace(/\/+$/, '')

/** Why `value` is no usable base URL for `option`, as a sentence naming the fix; `null` when it is fine. */
function baseUrlProblem(option: 'embedBaseUrl' | 'crmApiBaseUrl', value: unknown, example: string): string | null {
  if (value === undefined || value === null || value === '') {
    return `[ticket-embed] ${option} is missing: pass it to createTicketEmbed({ ${option}: '${example}', … }).`
  }
  const reason = explainInvalidEmbedUrl(value)
  return reason === null ? null : `[ticket-embed] ${option} "${String(value)}" is refused: ${reason}. Pass the absolute https: URL, e.g. '${example}'.`
}

/** A fetch that never reaches the network and says which option to set. */
function refusingFetch(problem: string): typeof fetch {
  return () => Promise.reject(new Error(problem))
}

/**
 * Fills in the defaults of `config`. A missing or refused `embedBaseUrl` closes the gate, a missing
 * or refused `crmApiBaseUrl` makes every CRM request fail with the reason; either is logged once
 * with the fix, and nothing throws.
 */
export function resolveTicketEmbedConfig(config: TicketEmbedConfig): ResolvedTicketEmbedConfig {
  const given: Partial<TicketEmbedConfig> = typeof config === 'object' && config !== null ? config : {}
  const embedProblem = baseUrlProblem('embedBaseUrl', given.embedBaseUrl, 'https://crm.example.com')
  const apiProblem = baseUrlProblem('crmApiBaseUrl', given.crmApiBaseUrl, 'https://api.crm.example.com')
  const problems = [embedProblem, apiProblem].filter((problem): problem is string => problem !== null)
  for (const problem of problems) reportOnce('error', problem)

  const crmApiBaseUrl = apiProblem === null ? trimSlashes(String(given.crmApiBaseUrl)) : ''
  const locale: TicketEmbedLocale = given.locale === 'id' ? 'id' : 'en'
  const fetchToUse = apiProblem === null ? given.fetch : refusingFetch(apiProblem)
  return {
    embedUrl: embedProblem === null ? `${trimSlashes(String(given.embedBaseUrl))}${EMBED_CREATE_TICKET_PATH}` : '',
    crmApiBaseUrl,
    permissionKey: given.permissionKey ?? CREATE_TICKET_PERMISSION_KEY,
    locale,
    messages: resolveMessages(locale, given.messages),
    readyTimeoutMs: given.readyTimeoutMs,
    closeGraceMs: given.closeGraceMs,
    createInFlightGraceMs: given.createInFlightGraceMs,
    fallbackAssociate: given.fallbackAssociate,
    preconnect: given.preconnect,
    preload: given.preload,
    keepFrame: given.keepFrame,
    optimisticList: given.optimisticList,
    storage: given.storage,
    track: given.track,
    notify: given.notify,
    onMessage: given.onMessage,
    onSnapshot: given.onSnapshot,
    problems,
    crm: createCrmClient(fetchToUse ? { baseUrl: crmApiBaseUrl, fetch: fetchToUse } : { baseUrl: crmApiBaseUrl }),
  }
}

/**
 * Gives `config` to every Tickets section below the calling component. Call it in a component's
 * `setup`; for the whole app use the `createTicketEmbed` plugin instead.
 */
export function provideTicketEmbedConfig(config: TicketEmbedConfig): ResolvedTicketEmbedConfig {
  const resolved = resolveTicketEmbedConfig(config)
  provide(TICKET_EMBED_CONFIG_KEY, resolved)
  return resolved
}

/**
 * A Vue plugin that provides `config` to the whole app: `app.use(createTicketEmbed({ … }))`.
 * The host app also renders exactly one `<MpToastManager/>` (pixel3's toasts need it).
 */
export function createTicketEmbed(config: TicketEmbedConfig): { install: (app: App) => void; config: ResolvedTicketEmbedConfig } {
  const resolved = resolveTicketEmbedConfig(config)
  return {
    config: resolved,
    install(app) {
      app.provide(TICKET_EMBED_CONFIG_KEY, resolved)
    },
  }
}

/** Told when a section finds no config: it names the plugin that gives one. */
export const MISSING_CONFIG_MESSAGE =
  '[ticket-embed] no config was provided: install it once with app.use(createTicketEmbed({ embedBaseUrl, crmApiBaseUrl, … })) ' +
  '(or provideTicketEmbedConfig in a parent component).'

/**
 * The provided config. Without one the section still renders: "Create Ticket" stays hidden, the
 * list shows its error, and the console says once how to provide it. There are no defaults to
 * fall back on: the CRM's addresses are the host's to give.
 */
export function useTicketEmbedConfig(): ResolvedTicketEmbedConfig {
  const provided = hasInjectionContext() ? inject(TICKET_EMBED_CONFIG_KEY, null) : null
  if (provided) return provided
  reportOnce('error', MISSING_CONFIG_MESSAGE)
  return unconfigured()
}

/** The config of a section nobody configured: every request refused with the fix, the gate closed. */
function unconfigured(): ResolvedTicketEmbedConfig {
  const refused = refusingFetch(MISSING_CONFIG_MESSAGE)
  return {
    embedUrl: '',
    crmApiBaseUrl: '',
    permissionKey: CREATE_TICKET_PERMISSION_KEY,
    locale: 'en',
    messages: resolveMessages('en'),
    readyTimeoutMs: undefined,
    closeGraceMs: undefined,
    createInFlightGraceMs: undefined,
    fallbackAssociate: undefined,
    preconnect: undefined,
    preload: undefined,
    keepFrame: undefined,
    optimisticList: undefined,
    storage: undefined,
    track: undefined,
    notify: undefined,
    onMessage: undefined,
    onSnapshot: undefined,
    problems: [MISSING_CONFIG_MESSAGE],
    crm: createCrmClient({ baseUrl: '', fetch: refused }),
  }
}
