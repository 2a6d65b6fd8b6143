/** Languages the Tickets section ships strings for. */
export type TicketEmbedLocale = 'en' | 'id'

/**
 * Every string the Tickets section shows. `{name}`-style placeholders are filled by
 * `formatMessage`; the result is always rendered as text.
 */
export interface TicketEmbedMessages {
  sectionTitle: string
  /** Accessible name of the "+" button. */
  addTicket: string
  associateExisting: string
  createTicket: string
  listLabel: string
  listLoading: string
  listEmpty: string
  listError: string
  retry: string
  /** `{id}`: the ticket id. */
  ticketNumber: string
  notLinkedYet: string
  /** A ticket listed from the embed's report, before the list's re-fetch confirms it. */
  justCreated: string
  linkNow: string
  linking: string
  back: string
  /** `{name}`: the contact's name. */
  createPanelLabel: string
  /** The iframe's `title`. */
  iframeTitle: string
  panelLoading: string
  panelReady: string
  panelAssociating: string
  panelSuccess: string
  panelErrorTimeout: string
  panelErrorEmbed: string
  /** `{code}`: the embed's error code. */
  panelErrorCode: string
  panelErrorHint: string
  associatePanelTitle: string
  searchLabel: string
  searchPlaceholder: string
  search: string
  searching: string
  searchEmpty: string
  searchError: string
  link: string
  /** Toast: the created ticket is saved (the statechart's `ticketCreated`). */
  ticketCreated: string
  /** Toast: created, but linking it to the customer failed (`linkFailed`). */
  linkFailed: string
  /** Toast: "Link now" on a pending link failed again (`linkNowFailed`). */
  linkNowFailed: string
  /** Toast: created, but the list did not refresh (`refreshFailed`). */
  refreshFailed: string
  /** Toast: the form was closed while creating, and the CRM then reported it failed (`createFailedAfterClose`). */
  createFailedAfterClose: string
  /** Toast: an existing ticket was linked from the associate-existing panel. */
  ticketLinked: string
  /** Toast: linking an existing ticket failed. */
  ticketLinkError: string
}
