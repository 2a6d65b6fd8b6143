import type { AnyMachineSnapshot } from 'xstate'
import { ASSOCIATE_MAX_ATTEMPTS, DEFAULT_MAX_HEIGHT, DEFAULT_MIN_HEIGHT } from '../../machines/constants'
import type { TicketEmbedContext, TicketEmbedInput } from '../../machines/types'
import { MODEL_INPUT, type ModelEvent } from './sampleEvents'
import { valuePath } from './stateKeys'

/**
 * What each step must do, written from DESIGN §3/§5 rather than read from the machine: the side
 * effects a step causes, the context it leaves, and the retry policy of linking. The model says
 * which state comes next; these say what that step means for the agent, the CRM and analytics.
 */

const statusOf = (error: unknown) => (error as { status?: unknown } | null)?.status
const ticketIdOf = (snapshot: AnyMachineSnapshot) => (snapshot.context as TicketEmbedContext).ticket?.ticketId
const clamp = (height: number, input: TicketEmbedInput) =>
  Math.min(input.maxHeight ?? DEFAULT_MAX_HEIGHT, Math.max(input.minHeight ?? DEFAULT_MIN_HEIGHT, height))

/** Where a trusted `TICKET_CREATED` is handled as a new ticket: the open form, or the closed panel still listening. */
const TAKES_NEW_TICKET = ['ready', 'hidden.listening']
/** Hidden states whose frame has loaded (or is loading) out of sight: nothing it says is shown or sent to. */
const OUT_OF_SIGHT = ['hidden.warming', 'hidden.warm']
/** Where the panel goes when it is done (DESIGN, "keep the form"): kept when allowed and the embed can start afresh. */
const closedState = (before: AnyMachineSnapshot, input: TicketEmbedInput) =>
  (input.keepFrame ?? true) && (before.context as TicketEmbedContext).embedCanReset ? 'hidden.warm' : 'hidden.idle'
const isRefreshEnd = (event: ModelEvent) =>
  event.type === 'xstate.done.actor.refreshTickets' || event.type === 'xstate.error.actor.refreshTickets' || event.type.startsWith('xstate.after.refreshTimeout.')

/** The embed said a create is on its way and has not answered yet. */
const createInFlight = (snapshot: AnyMachineSnapshot) => (snapshot.context as TicketEmbedContext).createInFlight

/** How one link attempt ends (DESIGN §3 "associating"), or `null` when `event` does not end one. */
export function linkOutcome(before: AnyMachineSnapshot, event: ModelEvent): 'linked' | 'already-linked' | 'retry' | 'failed' | null {
  if (valuePath(before.value) !== 'associating.attempting') return null
  const timedOut = event.type.startsWith('xstate.after.associateAttemptTimeout.')
  if (event.type === 'xstate.done.actor.associateTicket') return 'linked'
  if (!timedOut && event.type !== 'xstate.error.actor.associateTicket') return null
  const status = timedOut ? undefined : statusOf((event as { error: unknown }).error)
  if (status === 409) return 'already-linked'
  // Network errors and timeouts (no status), 5xx and 429 are worth another attempt; other 4xx are not.
  const retryable = typeof status !== 'number' || status >= 500 || status === 429
  const attempt = (before.context as TicketEmbedContext).associateAttempt
  return retryable && attempt < ASSOCIATE_MAX_ATTEMPTS ? 'retry' : 'failed'
}

/** The side effects of a trusted step from `before` to `after`, as the harness writes them. */
export function expectedEffects(
  before: AnyMachineSnapshot,
  event: ModelEvent,
  after: AnyMachineSnapshot,
  input: TicketEmbedInput = MODEL_INPUT,
): string[] {
  const from = valuePath(before.value)
  const to = valuePath(after.value)
  const effects: string[] = []
  switch (event.type) {
    case 'panel.open':
      effects.push('track(Opened)')
      // A loaded form shown at once: given its customer now, and ready now.
      if (from === 'hidden.warm') effects.push('postEmbedInit', 'track(Ready)')
      break
    case 'panel.close':
    case 'embed.close':
      effects.push('track(Closed)')
      break
    case 'embed.ready':
      // Out of sight the form gets no customer until it is shown.
      if (OUT_OF_SIGHT.includes(from)) break
      // EMBED_INIT every time the embed says it is ready; the Ready event only when it recovers the panel.
      effects.push('postEmbedInit')
      if (from !== 'ready') effects.push('track(Ready)')
      break
    case 'embed.createError':
      effects.push('track(Error)', `emit error(embed ${event.message.errorCode})`)
      // Nothing on screen tells the agent who closed the form: a toast does.
      if (from === 'hidden.listening') effects.push('notify(error, createFailedAfterClose)')
      break
    case 'embed.resize':
      // The height is kept for when the form is shown; nobody is told of a frame nobody sees.
      if (!OUT_OF_SIGHT.includes(from)) effects.push(`emit resize(${clamp(event.message.height, input)})`)
      break
    case 'embed.ticketCreated':
      effects.push(`emit ticketCreated(${event.message.ticketId})`)
      // A second ticket while the first is linked or the list refreshed: kept as a pending link.
      if (!TAKES_NEW_TICKET.includes(from) && needsLink(event, input) && event.message.ticketId !== ticketIdOf(before)) {
        effects.push(`rememberPendingLink(${event.message.ticketId})`)
      }
      break
  }
  if (event.type.startsWith('xstate.after.readyTimeout.')) effects.push('track(Timeout)', 'emit error(timeout)')
  // The grace ran out on a create the embed said was on its way: the ticket may exist unheard of.
  if (event.type.startsWith('xstate.after.closeGrace.') && createInFlight(before)) effects.push('track(Create Unreported)')
  if (to === 'associating.attempting' && from !== to) {
    const attempt = TAKES_NEW_TICKET.includes(from) ? 1 : (before.context as TicketEmbedContext).associateAttempt
    effects.push(`associate(${String(input.customer.qontakCustomerId)}, ${ticketIdOf(after)}, attempt ${attempt})`)
  }
  if (linkOutcome(before, event) === 'failed') {
    // TCKT-S04/ERR-1: warn, report, and keep the ticket as a pending link.
    const ticketId = ticketIdOf(before)
    effects.push(`rememberPendingLink(${ticketId})`, 'notify(warning, linkFailed)', 'track(Associate Failed)', `emit linkFailed(${ticketId})`)
  }
  if (to === 'success' && from !== 'success') {
    // TCKT-S03/AC-1..3: success toast, Created event, list refresh (after any linking).
    effects.push('notify(success, ticketCreated)', 'track(Created)', 'refresh')
  }
  if (from === 'success' && (event.type === 'xstate.error.actor.refreshTickets' || event.type.startsWith('xstate.after.refreshTimeout.'))) {
    effects.push('notify(error, refreshFailed)')
  }
  return effects
}

/** The part of the context a trusted step must leave, or `{}` when it promises nothing in particular. */
export function expectedContext(
  before: AnyMachineSnapshot,
  event: ModelEvent,
  after: AnyMachineSnapshot,
  input: TicketEmbedInput = MODEL_INPUT,
): Partial<TicketEmbedContext> {
  const from = valuePath(before.value)
  const to = valuePath(after.value)
  const previous = before.context as TicketEmbedContext
  // Reopened while the closed panel still keeps its frame: the same form, shown again, nothing reset.
  if (event.type === 'panel.open' && from === 'hidden.listening') {
    return { dismissed: false, frameKey: previous.frameKey, height: previous.height, createInFlight: previous.createInFlight }
  }
  // The form loading on intent goes on loading, now in sight.
  if (event.type === 'panel.open' && from === 'hidden.warming') return { frameKey: previous.frameKey, height: previous.height }
  // A loaded form starts a new ticket: the last ticket's traces go, the frame and its height stay.
  if (event.type === 'panel.open' && from === 'hidden.warm') {
    return { ticket: null, error: null, linkStatus: null, associateAttempt: 1, createInFlight: false, dismissed: false, frameKey: previous.frameKey, height: previous.height }
  }
  if (event.type === 'panel.prepare') return { ticket: null, error: null, height: null, embedCanReset: false, dismissed: false }
  if (event.type === 'panel.open') {
    return { ticket: null, error: null, height: null, linkStatus: null, associateAttempt: 1, createInFlight: false, dismissed: false }
  }
  // Closing the form hides it; whatever the embed reports next is handled out of sight.
  if ((event.type === 'panel.close' || event.type === 'embed.close') && to === 'hidden.listening') return { dismissed: true }
  if (event.type === 'embed.createStarted') return { createInFlight: true }
  if (event.type === 'frame.reloaded') return { createInFlight: false }
  if (event.type === 'panel.retry') return { frameKey: previous.frameKey + 1, error: null }
  if (event.type === 'embed.resize') return { height: clamp(event.message.height, input) }
  if (event.type === 'embed.createError') {
    const { errorCode, errorMessage } = event.message
    return {
      error: { reason: 'embed', code: errorCode, ...(errorMessage === undefined ? {} : { message: errorMessage }) },
      createInFlight: false,
    }
  }
  if (event.type.startsWith('xstate.after.readyTimeout.')) return { error: { reason: 'timeout' } }
  // What the form can do is what its last ready said.
  if (event.type === 'embed.ready') return { embedCanReset: event.message.canReset === true, ...(from === 'error' ? { error: null } : {}) }
  if (event.type === 'embed.ticketCreated' && TAKES_NEW_TICKET.includes(from)) {
    const { ticketId, pipelineId, isAutoAssociated } = event.message
    const ticket = { ticketId, pipelineId: pipelineId ?? null, isAutoAssociated: isAutoAssociated === true }
    // Reported after the agent closed the form, or listed at once (`optimisticList`): linked and
    // listed without showing the panel again.
    const shown = { createInFlight: false, dismissed: from === 'hidden.listening' || input.optimisticList !== false }
    if (to === 'success') return { ticket, linkStatus: ticket.isAutoAssociated ? 'auto' : 'skipped', ...shown }
    return { ticket, associateAttempt: 1, ...shown }
  }
  const outcome = linkOutcome(before, event)
  if (outcome === 'retry') return { associateAttempt: previous.associateAttempt + 1 }
  if (outcome !== null) return { linkStatus: outcome }
  return {}
}

/** Where a link attempt must lead: another attempt after a backoff, or `success` (linked or not). */
export function expectedLinkTarget(before: AnyMachineSnapshot, event: ModelEvent): string | null {
  const outcome = linkOutcome(before, event)
  if (outcome === null) return null
  return outcome === 'retry' ? 'associating.backingOff' : 'success'
}

/** Whether the host must link a created ticket itself (OQ-6, option `fallbackAssociate`). */
function needsLink(event: ModelEvent & { type: 'embed.ticketCreated' }, input: TicketEmbedInput): boolean {
  const fallback = input.fallbackAssociate ?? 'auto'
  return fallback === 'always' || (fallback === 'auto' && event.message.isAutoAssociated !== true)
}

/**
 * Where a created ticket must lead from `ready` or a closed panel still listening (elsewhere it does
 * not move the panel), and where a close or the close grace must lead.
 */
export function expectedCreatedTarget(
  before: AnyMachineSnapshot,
  event: ModelEvent,
  input: TicketEmbedInput = MODEL_INPUT,
): string | null {
  const from = valuePath(before.value)
  // Closing the open form keeps listening; closing before the form had the customer forgets the frame.
  if (event.type === 'panel.close' || event.type === 'embed.close') {
    if (['loading', 'error'].includes(from)) return 'hidden.idle'
    if (from === 'ready') return 'hidden.listening'
  }
  if (event.type.startsWith('xstate.after.closeGrace.')) return closedState(before, input)
  if (from === 'success' && isRefreshEnd(event)) return closedState(before, input)
  if (event.type !== 'embed.ticketCreated') return null
  if (!TAKES_NEW_TICKET.includes(from)) return from
  return needsLink(event, input) ? 'associating.attempting' : 'success'
}
