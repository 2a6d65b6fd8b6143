import type {
  EmbedCloseMessage,
  EmbedReadyMessage,
  EmbedResizeMessage,
  EmbedToHostMessage,
  TicketCreateErrorMessage,
  TicketCreatedMessage,
} from './messages'
import { ERROR_MESSAGE_MAX_LENGTH, readCode, readHeight, readId, readText } from './fields'
import { field } from './record'
import { copyOptionals, type Schema } from './schema'
import { PROTOCOL_VERSION } from './version'

/** `pipelineId` may be `null` (a ticket without a pipeline), else an id. */
const readNullableId = (value: unknown) => (value === null ? null : readId(value))
const readBoolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined)

export const embedReadySchema: Schema<EmbedReadyMessage> = () => ({ type: 'EMBED_READY', version: PROTOCOL_VERSION })

export const ticketCreatedSchema: Schema<TicketCreatedMessage> = (record) => {
  const ticketId = readId(field(record, 'ticketId'))
  if (ticketId === undefined) return 'bad-field:ticketId'
  const message: TicketCreatedMessage = { type: 'TICKET_CREATED', version: PROTOCOL_VERSION, ticketId }
  return copyOptionals(message, record, { pipelineId: readNullableId, isAutoAssociated: readBoolean }) ?? message
}

export const ticketCreateErrorSchema: Schema<TicketCreateErrorMessage> = (record) => {
  const errorCode = readCode(field(record, 'errorCode'))
  if (errorCode === undefined) return 'bad-field:errorCode'
  const message: TicketCreateErrorMessage = { type: 'TICKET_CREATE_ERROR', version: PROTOCOL_VERSION, errorCode }
  return (
    copyOptionals(message, record, { errorMessage: (value) => readText(value, ERROR_MESSAGE_MAX_LENGTH) }) ?? message
  )
}

export const embedCloseSchema: Schema<EmbedCloseMessage> = (record) => {
  const message: EmbedCloseMessage = { type: 'EMBED_CLOSE', version: PROTOCOL_VERSION }
  return copyOptionals(message, record, { reason: (value) => readText(value) }) ?? message
}

export const embedResizeSchema: Schema<EmbedResizeMessage> = (record) => {
  const height = readHeight(field(record, 'height'))
  return height === undefined ? 'bad-field:height' : { type: 'EMBED_RESIZE', version: PROTOCOL_VERSION, height }
}

/** One schema per embed → host message type; anything else is `unknown-type`. */
export const embedSchemas: { [T in EmbedToHostMessage['type']]: Schema<Extract<EmbedToHostMessage, { type: T }>> } = {
  EMBED_READY: embedReadySchema,
  TICKET_CREATED: ticketCreatedSchema,
  TICKET_CREATE_ERROR: ticketCreateErrorSchema,
  EMBED_CLOSE: embedCloseSchema,
  EMBED_RESIZE: embedResizeSchema,
}
