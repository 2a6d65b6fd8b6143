import type { EmbedCustomer } from '../protocol/buildEmbedInit'
import type {
  EmbedCloseMessage,
  EmbedReadyMessage,
  EmbedResizeMessage,
  TicketCreateErrorMessage,
  TicketCreateStartedMessage,
  TicketCreatedMessage,
} from '../protocol/messages'

/**
 * When the host links a created ticket to the customer itself (OQ-6): `'auto'` when the CRM did not
 * say it did (`isAutoAssociated !== true`), `'always'`, or `'never'`.
 */
export type FallbackAssociate = 'auto' | 'always' | 'never'

/**
 * When the form starts loading: `'intent'` loads it hidden as soon as the agent shows the intent to
 * create a ticket (`panel.prepare`: the "+" menu opens), so "Create Ticket" shows a loaded form;
 * `'none'` loads it on "Create Ticket" only.
 */
export type PreloadPolicy = 'intent' | 'none'

/** The machine's input; the same names as `useTicketEmbed`'s options. */
export interface TicketEmbedInput {
  embedUrl: string
  customer: EmbedCustomer
  readyTimeoutMs?: number
  fallbackAssociate?: FallbackAssociate
  minHeight?: number
  maxHeight?: number
  /**
   * How long a panel closed from `ready` keeps its hidden iframe and listens for a late
   * `TICKET_CREATED` when the embed has not said a create is in flight (v1 embeds never say).
   */
  closeGraceMs?: number
  /** The same after the embed said `TICKET_CREATE_STARTED` and has not reported the result yet. */
  createInFlightGraceMs?: number
  /** When the form starts loading. @default 'intent' */
  preload?: PreloadPolicy
  /**
   * Keep the loaded form (hidden) when the panel closes, and start it afresh with a new `EMBED_INIT`
   * on the next "Create Ticket" — only with embeds that said `EMBED_READY { canReset: true }`.
   * @default true
   */
  keepFrame?: boolean
  /**
   * The page lists a created ticket at once (from `TICKET_CREATED`), so the panel goes out of sight
   * on `TICKET_CREATED` instead of after the link and the list's re-fetch.
   * @default true
   */
  optimisticList?: boolean
}

/** What the composable knows of a window `message` before the machine decides whether to trust it. */
export interface EmbedEventEnvelope {
  /** `MessageEvent.origin`. */
  origin: string
  /** `MessageEvent.source === iframe.contentWindow` of this panel's iframe. */
  fromOwnFrame: boolean
  /** The `version` field as it arrived (`unknown`: the guard decides). */
  version: unknown
}

export type EmbedReadyEvent = EmbedEventEnvelope & { type: 'embed.ready'; message: EmbedReadyMessage }
export type EmbedCreateStartedEvent = EmbedEventEnvelope & { type: 'embed.createStarted'; message: TicketCreateStartedMessage }
export type EmbedTicketCreatedEvent = EmbedEventEnvelope & { type: 'embed.ticketCreated'; message: TicketCreatedMessage }
export type EmbedCreateErrorEvent = EmbedEventEnvelope & { type: 'embed.createError'; message: TicketCreateErrorMessage }
export type EmbedCloseEvent = EmbedEventEnvelope & { type: 'embed.close'; message: EmbedCloseMessage }
export type EmbedResizeEvent = EmbedEventEnvelope & { type: 'embed.resize'; message: EmbedResizeMessage }

export type EmbedEvent =
  | EmbedReadyEvent
  | EmbedCreateStartedEvent
  | EmbedTicketCreatedEvent | EmbedCreateErrorEvent | EmbedCloseEvent | EmbedResizeEvent

export type TicketEmbedEvent =
  | { type: 'panel.prepare' }
  | { type: 'panel.open' }
  | { type: 'panel.close' }
  | { type: 'panel.retry' }
  | { type: 'frame.reloaded' }
  | EmbedEvent

/** Why the panel shows its inline error. */
export type EmbedError =
  | { reason: 'timeout' }
  | { reason: 'embed'; code: string; message?: string }

/** The ticket the embed reported. */
export interface CreatedTicket {
  ticketId: string
  pipelineId: string | null
  isAutoAssociated: boolean
  /** The subject the embed sent with it, if any (plain text). */
  subject?: string
}

/**
 * How the created ticket ended up linked to the customer: by the CRM (`auto`), by our fallback
 * (`linked`, `already-linked` on 409), not at all on purpose (`skipped`, `fallbackAssociate: 'never'`),
 * or kept as a pending link (`failed`).
 */
export type LinkStatus = 'auto' | 'linked' | 'already-linked' | 'skipped' | 'failed'

/** The last failed attempt to link, for the warning and the analytics event. */
export interface AssociateFailure {
  status?: number
  message: string
}

export interface TicketEmbedContext {
  embedUrl: string
  /** The embed URL's exact origin, or `null` when the URL is not allowed (then nothing opens). */
  embedOrigin: string | null
  customer: EmbedCustomer
  readyTimeoutMs: number
  fallbackAssociate: FallbackAssociate
  minHeight: number
  maxHeight: number
  closeGraceMs: number
  createInFlightGraceMs: number
  preload: PreloadPolicy
  keepFrame: boolean
  optimisticList: boolean
  /** The last trusted `EMBED_READY` said `canReset: true`: a new `EMBED_INIT` starts the form afresh. */
  embedCanReset: boolean
  /** The embed said `TICKET_CREATE_STARTED` and has not reported the result yet. */
  createInFlight: boolean
  /**
   * The agent closed the panel while the embed may still report a ticket: what follows (linking,
   * refresh, toasts) happens without showing the panel again.
   */
  dismissed: boolean
  /** Bumped by `panel.retry`; the component keys the iframe by it so the browser really reloads it. */
  frameKey: number
  height: number | null
  error: EmbedError | null
  ticket: CreatedTicket | null
  linkStatus: LinkStatus | null
  /** 1-based number of the current associate attempt. */
  associateAttempt: number
  associateFailure: AssociateFailure | null
  /** `Date.now()` when the iframe started loading, for the `Ready` analytics event. */
  loadStartedAt: number | null
}

/** Input of the `associateTicket` actor; the composable adds the `AbortSignal`. */
export interface AssociateTicketInput {
  contactId: string
  ticketId: string
  attempt: number
}

/** Events the machine emits for listeners of `actorRef.on(...)`. */
export type TicketEmbedEmitted =
  | { type: 'resize'; height: number }
  | { type: 'error'; error: EmbedError }
  | { type: 'ticketCreated'; ticket: CreatedTicket }
  | { type: 'linkFailed'; ticket: CreatedTicket; failure: AssociateFailure | null }

/** Toasts the machine asks for; the host turns each key into localised text. */
export type NotifyKey = 'ticketCreated' | 'linkFailed' | 'linkNowFailed' | 'refreshFailed' | 'createFailedAfterClose'
export interface NotifyParams {
  variant: 'success' | 'warning' | 'error'
  key: NotifyKey
}

/** Analytics events the machine asks for; `analyticsProps()` builds their properties. */
export type AnalyticsEventName =
  | 'Opened'
  | 'Ready'
  | 'Timeout'
  | 'Error'
  | 'Closed'
  | 'Created'
  | 'Associate Failed'
  | 'Create Unreported'
export interface TrackParams {
  name: AnalyticsEventName
}
