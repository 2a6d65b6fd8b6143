/**
 * The Tickets section for a Vue host app. The app installs the config once
 * (`app.use(createTicketEmbed({ … }))`) and renders exactly one `<MpToastManager/>`.
 */
export { default as AssociatedTickets } from './AssociatedTickets.vue'
export { default as TicketEmbedPanel } from './TicketEmbedPanel.vue'
export type { TicketContact, TicketEmbedPanelBinding } from './types'
