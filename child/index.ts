/** The embed-side SDK: what the CRM's create-ticket form uses to speak the ticket-embed contract. */
export { createEmbedChild } from './createEmbedChild'
export type {
  CreateErrorPayload,
  EmbedChild,
  EmbedChildAutoResizeOptions,
  EmbedChildOptions,
  TicketCreatedPayload,
} from './types'
export type { EmbedInitMessage } from '../protocol/messages'
