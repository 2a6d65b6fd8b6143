import type { TicketEmbedMessages } from './types'

/** English strings. */
/**
 * The toast titles, on their own so that `useTicketEmbed` (headless) takes these strings and
 * not every string of the section: a page that only uses the composable does not ship the rest.
 */
export const EN_TOAST_TITLES = {
  ticketCreated: 'Ticket created successfully',
  linkFailed: "Ticket created but couldn't be linked",
  linkNowFailed: "Couldn't link the ticket yet; it stays in the list, try again later",
  refreshFailed: "Ticket created, but the list couldn't be refreshed",
  createFailedAfterClose: "The ticket you submitted before closing the form wasn't created",
} as const

export const en: TicketEmbedMessages = {
  sectionTitle: 'Tickets',
  addTicket: 'Add ticket',
  associateExisting: 'Associate existing',
  createTicket: 'Create Ticket',
  listLabel: 'Tickets of this customer',
  listLoading: 'Loading tickets…',
  listEmpty: 'No tickets for this customer yet.',
  listError: "Couldn't load the tickets.",
  retry: 'Retry',
  ticketNumber: 'Ticket #{id}',
  notLinkedYet: 'Not linked yet',
  justCreated: 'Just created',
  linkNow: 'Link now',
  linking: 'Linking…',
  back: 'Back',
  createPanelLabel: 'Create ticket for {name}',
  iframeTitle: 'Create Ticket',
  panelLoading: 'Loading the ticket form…',
  panelReady: 'The ticket form is ready.',
  panelAssociating: 'Linking the ticket to the customer…',
  panelSuccess: 'Ticket created.',
  panelErrorTimeout: "The ticket form didn't load in time.",
  panelErrorEmbed: 'The ticket form reported an error.',
  panelErrorCode: 'Error code: {code}',
  panelErrorHint: 'You can still link a ticket with "Associate existing".',
  associatePanelTitle: 'Associate existing ticket',
  searchLabel: 'Search tickets',
  searchPlaceholder: 'Subject or ticket number',
  search: 'Search',
  searching: 'Searching…',
  searchEmpty: 'No matching tickets.',
  searchError: "Couldn't search the tickets.",
  link: 'Link',
  ...EN_TOAST_TITLES,
  ticketLinked: 'Ticket linked to the customer',
  ticketLinkError: "Couldn't link the ticket",
}
