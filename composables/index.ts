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
export {
  createTicketEmbed,
  provideTicketEmbedConfig,
  resolveTicketEmbedConfig,
  useTicketEmbedConfig,
  CREATE_TICKET_PERMISSION_KEY,
  DEFAULT_CRM_API_BASE_URL,
  DEFAULT_EMBED_BASE_URL,
  EMBED_CREATE_TICKET_PATH,
  MISSING_CONFIG_MESSAGE,
  TICKET_EMBED_CONFIG_KEY,
  type ResolvedTicketEmbedConfig,
  type TicketEmbedConfig,
  type TicketEmbedNotification,
  type TicketEmbedNotifyVariant,
} from './ticketEmbedConfig'
export {
  useCreateTicketGate,
  hasCreateTicketPermission,
  isCreateTicketFlagOn,
  CUSTOMER_360_PERMISSION_GROUP,
  type UseCreateTicketGateOptions,
  type UseCreateTicketGateReturn,
} from './useCreateTicketGate'
export { useTicketList, type UseTicketListOptions, type UseTicketListReturn } from './useTicketList'
export { useAssociateExisting, type UseAssociateExistingOptions, type UseAssociateExistingReturn } from './useAssociateExisting'
export * from './i18n/index'
