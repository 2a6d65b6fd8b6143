export {
  useTicketEmbed,
  type AssociateArgs,
  type TicketEmbedState,
  type TicketEmbedToast,
  type UseTicketEmbedOptions,
  type UseTicketEmbedReturn,
} from './useTicketEmbed'
export { usePendingLinks, pendingLinksKey, type PendingLink, type UsePendingLinksOptions, type UsePendingLinksReturn } from './usePendingLinks'
export { DEFAULT_NOTIFY_MESSAGES } from './notifyMessages'
export type { EmbedMessageLogEntry } from './messageLog'
