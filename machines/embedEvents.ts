import type { EmbedToHostMessage } from '../protocol/messages'
import type { EmbedEvent, EmbedEventEnvelope } from './types'

/** Wire type → machine event type: the contract's UPPER_SNAKE becomes the `embed.*` family. */
export const EMBED_EVENT_TYPE = {
  EMBED_READY: 'embed.ready',
  TICKET_CREATE_STARTED: 'embed.createStarted',
  TICKET_CREATED: 'embed.ticketCreated',
  TICKET_CREATE_ERROR: 'embed.createError',
  EMBED_CLOSE: 'embed.close',
  EMBED_RESIZE: 'embed.resize',
} as const satisfies Record<EmbedToHostMessage['type'], EmbedEvent['type']>

/** The machine event for a parsed embed message and what is known of where it came from. */
export function toEmbedEvent(message: EmbedToHostMessage, envelope: EmbedEventEnvelope): EmbedEvent {
  return { ...envelope, type: EMBED_EVENT_TYPE[message.type], message } as EmbedEvent
}
