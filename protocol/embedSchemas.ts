import type { EmbedToHostMessage } from './messages'
import { ERROR_MESSAGE_MAX_LENGTH, readCode, readHeight, readId, readText } from './fields'
import { ABSENT, type Schema } from './schema'

/** `pipelineId` may be `null` (a ticket without a pipeline), else an id. */
const readNullableId = (value: unknown) => (value === null ? null : readId(value))
const readBoolean = (value: unknown) => (typeof value === 'boolean' ? value : undefined)
/**
 * Only for showing the ticket before the list is re-fetched: a subject that breaks the rules (too
 * long, markup, control characters) is left out, and the ticket itself still counts — never lost
 * over a cosmetic field.
 */
const readSubject = (value: unknown) => readText(value) ?? ABSENT

/** One schema per embed → host message type (DESIGN §2); anything else is `unknown-type`. */
export const embedSchemas: Readonly<Record<EmbedToHostMessage['type'], Schema>> = {
  EMBED_READY: { canReset: [readBoolean] },
  TICKET_CREATE_STARTED: {},
  TICKET_CREATED: {
    ticketId: [readId, true],
    pipelineId: [readNullableId],
    isAutoAssociated: [readBoolean],
    subject: [readSubject],
  },
  TICKET_CREATE_ERROR: {
    errorCode: [readCode, true],
    errorMessage: [(value) => readText(value, ERROR_MESSAGE_MAX_LENGTH)],
  },
  EMBED_CLOSE: { reason: [readText] },
  EMBED_RESIZE: { height: [readHeight, true] },
}
