import { hasInjectionContext, inject, provide, type App, type InjectionKey } from 'vue'
import { toast } from '@mekari/pixel3'
import { createCrmClient, type CrmClient } from '../api'
import type { FallbackAssociate } from '../machines/types'
import type { EmbedMessageLogEntry } from './messageLog'
import type { UseTicketEmbedOptions } from './useTicketEmbed'
import { resolveMessages } from './i18n/resolveMessages'
import type { TicketEmbedLocale, TicketEmbedMessages } from './i18n/types'

/**
 * Placeholder name of the ticket-create permission in the `customer_360` group (open question OQ-4):
 * the real key is not decided yet, so it is overridable through `permissionKey`.
 */
export const CREATE_TICKET_PERMISSION_KEY = 'create_ticket_embed'

/** Where the embed page lives below `embedBaseUrl`. */
export const EMBED_CREATE_TICKET_PATH = '/embed/ticket/create'

/** Defaults that match the demo: the reference embed and the stand-in CRM API on their own origins. */
export const DEFAULT_EMBED_BASE_URL = 'http://127.0.0.1:5174'
/** See `DEFAULT_EMBED_BASE_URL`. */
export const DEFAULT_CRM_API_BASE_URL = 'http://127.0.0.1:5175'

/** How serious a toast is. pixel3 0.3.1 draws only success and error, see `notifyWithPixelToast`. */
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
   * `${embedBaseUrl}/embed/ticket/create`. Absolute `https:` (or `http:` on localhost).
   * @default 'http://127.0.0.1:5174' (the demo's reference embed)
   */
  embedBaseUrl?: string
  /**
   * Base URL of the CRM API (`/v1/leads/{contactId}/tickets`, …).
   * @default 'http://127.0.0.1:5175' (the demo's stand-in API)
   */
  crmApiBaseUrl?: string
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
   * @default notifyWithPixelToast (needs exactly one `<MpToastManager/>` in the host app)
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
  storage: Storage | null | undefined
  track: ((name: string, props: Record<string, unknown>) => void) | undefined
  notify: (notification: TicketEmbedNotification) => void
  onMessage: ((entry: EmbedMessageLogEntry) => void) | undefined
  onSnapshot: UseTicketEmbedOptions['onSnapshot']
  /** One CRM client for the whole section, built from `crmApiBaseUrl` and `fetch`. */
  crm: CrmClient
}

/** The injection key of the resolved config. */
export const TICKET_EMBED_CONFIG_KEY: InjectionKey<ResolvedTicketEmbedConfig> = Symbol('ticket-embed-config')

/**
 * The default `notify`: pixel3's `toast.notify`. pixel3 0.3.1 knows only the `success` and `error`
 * variants (`ToastVariant` in `@mekari/pixel3-toast`), so a warning is drawn as `error`, the closest
 * one: "created but couldn't be linked" needs the agent's attention.
 */
export function notifyWithPixelToast(notification: TicketEmbedNotification): void {
  toast.notify({
    title: notification.title,
    variant: notification.variant === 'success' ? 'success' : 'error',
    position: 'top-center',
  })
}

const trimSlashes = (url: string) => url.replace(/\/+$/, '')

/** Fills in the defaults of `config`. */
export function resolveTicketEmbedConfig(config: TicketEmbedConfig = {}): ResolvedTicketEmbedConfig {
  const crmApiBaseUrl = trimSlashes(config.crmApiBaseUrl ?? DEFAULT_CRM_API_BASE_URL)
  const locale: TicketEmbedLocale = config.locale === 'id' ? 'id' : 'en'
  return {
    embedUrl: `${trimSlashes(config.embedBaseUrl ?? DEFAULT_EMBED_BASE_URL)}${EMBED_CREATE_TICKET_PATH}`,
    crmApiBaseUrl,
    permissionKey: config.permissionKey ?? CREATE_TICKET_PERMISSION_KEY,
    locale,
    messages: resolveMessages(locale, config.messages),
    readyTimeoutMs: config.readyTimeoutMs,
    closeGraceMs: config.closeGraceMs,
    createInFlightGraceMs: config.createInFlightGraceMs,
    fallbackAssociate: config.fallbackAssociate,
    storage: config.storage,
    track: config.track,
    notify: config.notify ?? notifyWithPixelToast,
    onMessage: config.onMessage,
    onSnapshot: config.onSnapshot,
    crm: createCrmClient(config.fetch ? { baseUrl: crmApiBaseUrl, fetch: config.fetch } : { baseUrl: crmApiBaseUrl }),
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

/**
 * The provided config, or the demo defaults when none was provided. Never a global the host must
 * set: the defaults are only a starting point for trying the package out.
 */
export function useTicketEmbedConfig(): ResolvedTicketEmbedConfig {
  const provided = hasInjectionContext() ? inject(TICKET_EMBED_CONFIG_KEY, null) : null
  return provided ?? resolveTicketEmbedConfig()
}
