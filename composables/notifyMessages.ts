import type { NotifyKey } from '../machines/types'
import { en } from './i18n/en'

/**
 * English toast titles, taken from the English strings so there is one copy of each; the UI layer
 * passes localised ones through `useTicketEmbed({ messages })`.
 */
export const DEFAULT_NOTIFY_MESSAGES: Readonly<Record<NotifyKey, string>> = {
  ticketCreated: en.ticketCreated,
  linkFailed: en.linkFailed,
  linkNowFailed: en.linkNowFailed,
  refreshFailed: en.refreshFailed,
  createFailedAfterClose: en.createFailedAfterClose,
}
