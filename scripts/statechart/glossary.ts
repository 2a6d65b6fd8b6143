/**
 * Plain words for what the statechart shows, for product and QA. Keyed the way the statechart
 * writes them; a name the machine uses without an entry here shows up in the legend as
 * "not described yet", and the statechart test fails on it.
 */

/** Events, by event type (`after …` and `… done/error` edges by the text the statechart prints). */
export const EVENT_GLOSSARY: Readonly<Record<string, string>> = {
  'panel.prepare':
    'The agent opens the Tickets section\'s "+" menu: "Create Ticket" may come next (the form then loads hidden, option `preload`).',
  'panel.open': 'The agent clicks "Create Ticket" in the Tickets section\'s "+" menu.',
  'panel.close': 'The agent closes the panel (back arrow or Escape).',
  'panel.retry': 'The agent clicks "Retry" in the inline error.',
  'frame.reloaded': 'The iframe fired `load` again after its first load: it navigated or was reloaded.',
  'embed.ready': 'The embed says its form has loaded and waits for the customer (`EMBED_READY`).',
  'embed.createStarted':
    'The embed says the agent submitted the form and the create request is on its way (`TICKET_CREATE_STARTED`, optional: v1 embeds may never send it).',
  'embed.ticketCreated': 'The embed says the CRM created a ticket (`TICKET_CREATED`).',
  'embed.createError': 'The embed says creating the ticket failed (`TICKET_CREATE_ERROR`).',
  'embed.close': 'The embed asks to be closed, e.g. its own Cancel button (`EMBED_CLOSE`).',
  'embed.resize': 'The embed reports the height of its content (`EMBED_RESIZE`).',
  'after readyTimeout': 'The embed did not say it is ready in time (default 10 s, option `readyTimeoutMs`).',
  'after associateAttemptTimeout': 'One request to link the ticket took too long; it is aborted.',
  'after associateBackoff': 'The pause before the next link attempt: 1 s before attempt 2, 2 s before attempt 3.',
  'after refreshTimeout': 'Refreshing the ticket list took too long; the panel closes anyway.',
  'after closeGrace':
    'The closed panel heard nothing more from its hidden iframe: 10 s by default (option `closeGraceMs`), 30 s once the ' +
    'embed said a create is in flight (option `createInFlightGraceMs`). The iframe is then kept for the next ticket ' +
    '(`canKeepFrame`) or removed.',
  'associateTicket done': 'The CRM linked the ticket to the customer (`POST /v1/leads/{contactId}/tickets/{ticketId}`).',
  'associateTicket error': 'The request to link the ticket failed (network error, timeout or an HTTP error status).',
  'refreshTickets done': 'The page\'s ticket list was fetched again.',
  'refreshTickets error': 'Fetching the ticket list again failed.',
}

/** Guards, by name. */
export const GUARD_GLOSSARY: Readonly<Record<string, string>> = {
  isEmbedConfigured: 'The embed URL is an allowed absolute URL and the customer id is a valid id; else nothing opens.',
  isTrusted:
    'The message is from the embed URL\'s exact origin (`isAllowedOrigin`), from this panel\'s own iframe ' +
    '(`isOwnFrame`) and speaks protocol version 1 (`isSupportedVersion`). An untrusted message changes nothing.',
  needsFallbackAssociation:
    'The host must link the ticket itself: option `fallbackAssociate` is `always`, or `auto` (the default) ' +
    'and the CRM did not say `isAutoAssociated: true`.',
  isAnotherTicket:
    'The embed reported a ticket other than the one being linked (a second ticket, not the same message again): ' +
    'it is kept as a pending link so that nothing the agent created is lost.',
  isCreateInFlight: 'The embed said `TICKET_CREATE_STARTED` and has not reported the ticket or the error yet.',
  preloadsOnIntent:
    'Option `preload` is `intent` (the default) and the panel could open (`isEmbedConfigured`): the form loads hidden ' +
    'before the agent clicks "Create Ticket".',
  canKeepFrame:
    'Option `keepFrame` is on (the default) and the embed\'s last ready said `canReset: true`: the loaded form is kept, ' +
    'hidden, and started afresh with a new `EMBED_INIT` for the next ticket.',
  isAlreadyLinked: 'The link request answered 409: the ticket is linked already, which counts as success.',
  canRetryAssociate:
    'Fewer than 3 attempts so far, and the failure is worth another try: a network error, a timeout, 5xx or 429 ' +
    '(other 4xx fail at once).',
}

/** Actions, by name (parameters are shown on the edge, e.g. `track(Created)`). */
export const ACTION_GLOSSARY: Readonly<Record<string, string>> = {
  resetSession: 'Forget the previous ticket, error, height and link attempts.',
  markLoadStarted: 'Note when the iframe started loading (for the `Ready` analytics event).',
  postEmbedInit: 'Send `EMBED_INIT` (the customer) to the iframe window, at the embed\'s exact origin only.',
  track: 'Send an analytics event `[Qontak One] [Customer] Create Ticket Embed <name>`.',
  notify: 'Show a toast: success, warning or error, with the named text.',
  assignTimeoutError: 'Remember the error: the embed timed out.',
  assignEmbedError: 'Remember the error code and message the embed sent.',
  emitError: 'Tell listeners of the panel about the error.',
  clearError: 'Forget the error (a late ready recovered the panel).',
  bumpFrameKey: 'Give the iframe a new key so the browser really loads it again.',
  assignTicket: 'Remember the created ticket (id, pipeline, whether the CRM linked it).',
  emitTicketCreated: 'Tell listeners of the panel a ticket was created.',
  markLinkNotNeeded: 'Note that the host does not link the ticket (the CRM did, or `fallbackAssociate: never`).',
  assignHeight: 'Set the panel height, clamped to `minHeight`…`maxHeight` (240…2000 px by default).',
  emitResize: 'Tell listeners of the panel the new height.',
  markLinked: 'Note that the host linked the ticket.',
  markAlreadyLinked: 'Note that the ticket was linked already (409).',
  recordAssociateFailure: 'Remember why the last link attempt failed.',
  nextAssociateAttempt: 'Count the next link attempt.',
  markLinkFailed: 'Note that linking failed for good.',
  rememberPendingLink: 'Keep the ticket as a pending link ("Not linked yet · Link now"), kept across reloads.',
  emitLinkFailed: 'Tell listeners of the panel the ticket could not be linked.',
  markCreateInFlight: 'Note that the embed\'s create request is on its way (the closed panel then waits longer for it).',
  clearCreateInFlight: 'Note that no create request is on its way any more (it was answered, or the frame navigated).',
  markDismissed: 'Note that the agent closed the panel: a ticket reported late is linked without showing the panel again.',
  markShown: 'Show the panel again (the agent reopened it while its iframe was still kept).',
  resetTicket: 'Forget the previous ticket, error and link attempts; keep the loaded form and its height.',
  assignEmbedCapabilities: 'Remember whether the embed said it can start its form afresh (`EMBED_READY` `canReset`).',
  hideWhenListedAtOnce:
    'With option `optimisticList` (the default) the page lists the ticket at once, so the panel goes out of sight now; ' +
    'the link and the list\'s re-fetch go on unseen.',
}
