/**
 * The Tickets section for a Vue host app, built with pixel3. The app installs the config once
 * (`app.use(createTicketEmbed({ … }))`) and renders exactly one `<MpToastManager/>`.
 */
export { default as AssociatedTickets } from './AssociatedTickets.vue'
export { default as TicketEmbedPanel } from './TicketEmbedPanel.vue'
export { notifyWithPixelToast, hasToastManager, MISSING_TOAST_MANAGER_MESSAGE } from './notifyWithPixelToast'
export type { TicketContact, TicketEmbedPanelBinding } from './types'
