import type { ProtocolVersion } from './version'

/**
 * The v1 wire contract. Wire names keep the contract's UPPER_SNAKE; field names are provisional until
 * the CRM team freezes them (OQ-contract), which is why they live in this folder only.
 */

/** Host → embed: the customer the new ticket is for. Sent only to the embed's exact origin. */
export interface EmbedInitMessage {
  type: 'EMBED_INIT'
  version: ProtocolVersion
  roomId: null
  qontakCustomerId: string
  contactName?: string
  contactPhone?: string
  contactEmail?: string
  contactAccountUniqId?: string
  channelType?: string
  locale?: string
}

/**
 * Embed → host: the form has loaded and listens for `EMBED_INIT`. `canReset: true` says the form
 * starts afresh on every later `EMBED_INIT` (a new ticket, the form emptied), so the host may keep
 * the loaded frame for the next ticket instead of loading a new one. Added to v1 without a version
 * bump: a host that does not know it drops the field and never sends a second `EMBED_INIT`, and a
 * host that does keeps only the frames of embeds that said it.
 */
export interface EmbedReadyMessage {
  type: 'EMBED_READY'
  version: ProtocolVersion
  canReset?: boolean
}

/** Embed → host: the CRM created a ticket. `isAutoAssociated: true` means the CRM linked it itself. */
export interface TicketCreatedMessage {
  type: 'TICKET_CREATED'
  version: ProtocolVersion
  ticketId: string
  pipelineId?: string | null
  isAutoAssociated?: boolean
  /**
   * The ticket's subject as the agent typed it, plain text: lets the host list the ticket at once,
   * before its re-fetch returns. Optional (v1 embeds never send it); shown as text, never as HTML.
   */
  subject?: string
}

/**
 * Embed → host: the agent submitted the form and the CRM's create request is on its way; a
 * `TICKET_CREATED` or `TICKET_CREATE_ERROR` follows. Added to v1 without a version bump: a host that
 * does not know it drops it (`unknown-type`), and a host that does waits longer for the result when
 * the panel is closed meanwhile (embeds that never send it get a shorter, bounded grace).
 */
export interface TicketCreateStartedMessage {
  type: 'TICKET_CREATE_STARTED'
  version: ProtocolVersion
}

/** Embed → host: creating the ticket failed. `errorMessage` is shown as text, never as HTML. */
export interface TicketCreateErrorMessage {
  type: 'TICKET_CREATE_ERROR'
  version: ProtocolVersion
  errorCode: string
  errorMessage?: string
}

/** Embed → host: the form asks to be closed (cancel button inside the embed). */
export interface EmbedCloseMessage {
  type: 'EMBED_CLOSE'
  version: ProtocolVersion
  reason?: string
}

/** Embed → host: the form's content height in CSS pixels; the host clamps it. */
export interface EmbedResizeMessage {
  type: 'EMBED_RESIZE'
  version: ProtocolVersion
  height: number
}

export type HostToEmbedMessage = EmbedInitMessage

export type EmbedToHostMessage =
  | EmbedReadyMessage
  | TicketCreateStartedMessage
  | TicketCreatedMessage
  | TicketCreateErrorMessage
  | EmbedCloseMessage
  | EmbedResizeMessage

export type EmbedMessageType = EmbedToHostMessage['type']
export type HostMessageType = HostToEmbedMessage['type']

/**
 * What a parser returns. It never throws: a message is either accepted, rebuilt with only the
 * fields of its schema, or dropped with a short machine-readable `reason`.
 */
export type ParseResult<M> = { ok: true; message: M } | { ok: false; reason: string }
