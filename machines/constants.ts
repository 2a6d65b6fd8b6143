/** Defaults of the statechart, in one place so the drawn statechart can print them. */
export const DEFAULT_READY_TIMEOUT_MS = 10_000
export const DEFAULT_MIN_HEIGHT = 240
export const DEFAULT_MAX_HEIGHT = 2_000
/** Attempts at linking a ticket before it is kept as a pending link. */
export const ASSOCIATE_MAX_ATTEMPTS = 3
export const ASSOCIATE_ATTEMPT_TIMEOUT_MS = 10_000
/** Backoff before attempt n + 1 is `ASSOCIATE_BACKOFF_MS * 2^(n - 1)`: about 1 s, then 2 s. */
export const ASSOCIATE_BACKOFF_MS = 1_000
/** How long the list refresh may take before the panel closes anyway. */
export const REFRESH_TIMEOUT_MS = 10_000
/**
 * How long a panel closed from `ready` keeps listening to its hidden iframe for a late
 * `TICKET_CREATED` when the embed never said a create is in flight (every v1 embed): as long as the
 * host's own requests may take (`ASSOCIATE_ATTEMPT_TIMEOUT_MS`), so a create the agent submitted just
 * before closing is still heard on a slow network, while a closed panel holds no frame for long.
 */
export const CLOSE_GRACE_MS = 10_000
/**
 * The same once the embed said `TICKET_CREATE_STARTED`: the create is known to be on its way, so the
 * host waits as long as a browser or proxy typically lets one request hang (30 s) before giving up.
 */
export const CREATE_IN_FLIGHT_GRACE_MS = 30_000

/** Every named delay with its default in ms (the statechart labels its delayed edges with these). */
export const DEFAULT_DELAYS_MS = {
  readyTimeout: DEFAULT_READY_TIMEOUT_MS,
  associateAttemptTimeout: ASSOCIATE_ATTEMPT_TIMEOUT_MS,
  associateBackoff: ASSOCIATE_BACKOFF_MS,
  refreshTimeout: REFRESH_TIMEOUT_MS,
  closeGrace: CLOSE_GRACE_MS,
} as const

/** Prefix of every analytics event name (DESIGN §5). */
export const ANALYTICS_PREFIX = '[Qontak One] [Customer] Create Ticket Embed '
