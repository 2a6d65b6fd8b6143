import type { EmbedInitMessage } from '../protocol/messages'

/** Auto-resize settings: which element to watch and how often the host may hear about it. */
export interface EmbedChildAutoResizeOptions {
  /**
   * The element whose height is the form's height.
   * @default document.documentElement
   */
  element?: Element
  /**
   * At most one `EMBED_RESIZE` per this many milliseconds; the last height always follows.
   * @default 100
   */
  minIntervalMs?: number
  /**
   * Heights above this are sent as this (the host clamps again to its own bounds).
   * @default 2000
   */
  maxHeight?: number
}

/** Options of {@link createEmbedChild}. */
export interface EmbedChildOptions {
  /**
   * Exact origins of the pages allowed to host the form, e.g. `['https://app.example.com']`.
   * `EMBED_INIT` from any other origin is ignored. `'*'`, paths and trailing slashes are refused.
   */
  allowedParentOrigins: string[]
  /** Called with every accepted `EMBED_INIT` (the customer the ticket is for). */
  onInit?: (message: EmbedInitMessage) => void
  /**
   * Empties the form for a new ticket. Giving it tells the host (`EMBED_READY { canReset: true }`)
   * that the loaded form may be kept and reused: the host then sends a new `EMBED_INIT` for every
   * later ticket, and this is called with it (before `onInit`) from the second `EMBED_INIT` on.
   * Without it, hosts load a new form for every ticket.
   */
  onReset?: (message: EmbedInitMessage) => void
  /** Called for every ignored message, with a short reason (`'origin'`, `'source'`, `'bad-field:roomId'`, …). For debugging. */
  onReject?: (reason: string, event: MessageEvent) => void
  /**
   * Reports the form's height to the host with a `ResizeObserver`.
   * @default false
   */
  autoResize?: boolean | EmbedChildAutoResizeOptions
  /**
   * The window the form runs in; for tests.
   * @default window
   */
  window?: Window
}

/** What `ticketCreated()` sends. Ids are strings or non-negative safe integers. */
export interface TicketCreatedPayload {
  ticketId: string | number
  pipelineId?: string | number | null
  /** `true` when the CRM already linked the ticket to the customer. */
  isAutoAssociated?: boolean
  /** The subject the agent typed (plain text, at most 256 chars, no markup): the host lists the ticket with it at once. */
  subject?: string
}

/** What `createError()` sends. `errorMessage` is shown to the agent as plain text. */
export interface CreateErrorPayload {
  /** A code such as `AUTH_REQUIRED`: letters, digits, `_.:-`, at most 64 chars. */
  errorCode: string
  /** Plain text, at most 500 chars, no markup. */
  errorMessage?: string
}

/**
 * The form's side of the conversation. Each sender returns `true` when the message was posted, and
 * `false` (posting nothing) before `EMBED_INIT`, after `destroy()`, or when the payload breaks the contract.
 */
export interface EmbedChild {
  /** How many `EMBED_INIT` were accepted: 1 for the first ticket, 2 after the first reset, … */
  readonly inits: number
  /** The last accepted `EMBED_INIT`, or `null` before the first one. */
  readonly init: EmbedInitMessage | null
  /** Resolves with the first accepted `EMBED_INIT`. */
  readonly ready: Promise<EmbedInitMessage>
  /**
   * Tells the host the create request is on its way (call it when the form submits). If the agent
   * closes the panel before the result, the host keeps listening longer for the `ticketCreated()` or
   * `createError()` that must follow. Hosts that predate it ignore it.
   */
  createStarted(): boolean
  /** Tells the host a ticket was created. */
  ticketCreated(payload: TicketCreatedPayload): boolean
  /** Tells the host creating the ticket failed. */
  createError(payload: CreateErrorPayload): boolean
  /** Asks the host to close the panel. */
  close(reason?: string): boolean
  /** Tells the host the form's height in CSS pixels. */
  resize(height: number): boolean
  /** Stops listening and observing; later calls post nothing. */
  destroy(): void
}
