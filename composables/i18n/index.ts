export type { TicketEmbedLocale, TicketEmbedMessages } from './types'
export { en as TICKET_EMBED_MESSAGES_EN } from './en'
export { id as TICKET_EMBED_MESSAGES_ID } from './id'
export { TICKET_EMBED_MESSAGES, formatMessage, resolveMessages } from './resolveMessages'
