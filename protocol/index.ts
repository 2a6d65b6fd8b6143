export { PROTOCOL_VERSION, type ProtocolVersion } from './version'
export type {
  EmbedCloseMessage,
  EmbedInitMessage,
  EmbedMessageType,
  EmbedReadyMessage,
  EmbedResizeMessage,
  EmbedToHostMessage,
  HostMessageType,
  HostToEmbedMessage,
  ParseResult,
  TicketCreateErrorMessage,
  TicketCreateStartedMessage,
  TicketCreatedMessage,
} from './messages'
export { parseEmbedMessage, parseHostMessage } from './parse'
export { buildEmbedInit, type EmbedCustomer } from './buildEmbedInit'
export { isValidId, ERROR_MESSAGE_MAX_LENGTH, ID_MAX_LENGTH } from './fields'
export { embedSchemas } from './embedSchemas'
export { hostSchemas } from './hostSchemas'
