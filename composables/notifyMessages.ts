import type { NotifyKey } from '../machines/types'

/** English toast titles; the UI layer passes localised ones through `useTicketEmbed({ messages })`. */
export const DEFAULT_NOTIFY_MESSAGES: Readonly<Record<NotifyKey, string>> = {
  ticketCreated: 'Ticket created successfully',
  linkFailed: "Ticket created but couldn't be linked",
  linkNowFailed: "Couldn't link the ticket yet; it stays in the list, try again later",
  refreshFailed: "Ticket created, but the list couldn't be refreshed",
}
