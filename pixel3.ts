/**
 * ticket-embed/pixel3 — the Tickets section, built with @mekari/pixel3: `AssociatedTickets`,
 * `TicketEmbedPanel`, pixel3 toasts, and the config plugin again so one import sets a host up.
 * Everything headless (protocol, statechart, composables, stores) is in `ticket-embed`.
 */
export * from './components/index'
export {
  createTicketEmbed,
  provideTicketEmbedConfig,
  useTicketEmbedConfig,
  type TicketEmbedConfig,
  type TicketEmbedNotification,
  type TicketEmbedNotifyVariant,
} from './composables/ticketEmbedConfig'
