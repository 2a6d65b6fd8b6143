import type { NotifyKey } from '../machines/types'
import { EN_TOAST_TITLES } from './i18n/en'

/**
 * English toast titles, taken from the English strings so there is one copy of each; the UI layer
 * passes localised ones through `useTicketEmbed({ messages })`.
 */
export const DEFAULT_NOTIFY_MESSAGES: Readonly<Record<NotifyKey, string>> = {
  ticketCreated: EN_TOAST_TITLES.ticketCreated,
  linkFailed: EN_TOAST_TITLES.linkFailed,
  linkNowFailed: EN_TOAST_TITLES.linkNowFailed,
  refreshFailed: EN_TOAST_TITLES.refreshFailed,
  createFailedAfterClose: EN_TOAST_TITLES.createFailedAfterClose,
}
