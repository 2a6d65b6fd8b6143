import { isDeepStrictEqual } from 'node:util'
import { pendingLinksKey } from '../../../composables/usePendingLinks'
import { DEFAULT_MAX_HEIGHT, DEFAULT_MIN_HEIGHT } from '../../../machines/constants'
import { buildEmbedInit } from '../../../protocol/buildEmbedInit'
import { CUSTOMER, EMBED_ORIGIN } from '../../support/machineHarness'
import type { PanelEnv } from './panelEnv'
import { isIdle, topLevel, type PanelRig } from './panelRig'

/** A broken invariant; the runner adds the trace of the run to the message. */
export class InvariantError extends Error {
  override name = 'InvariantError'
}
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message)
}

const CONTACT_ID = String(CUSTOMER.qontakCustomerId)
export const OPEN_STATES = ['loading', 'ready', 'error'] as const

/** What a message could have changed or called, to prove that it changed and called nothing. */
export function effectsOf(rig: PanelRig, env: PanelEnv) {
  return {
    snapshot: rig.embed.actorRef.getSnapshot(),
    associate: rig.backend.associateCalls.length,
    refresh: rig.backend.refreshCalls.length,
    posts: env.posts.length,
    notify: rig.notifications.length,
    track: rig.tracked.length,
    pendingLinks: rig.embed.pendingLinks.value,
    log: rig.log.length,
  }
}

/** A forged or malformed message changed nothing (state value and context) and called nothing. */
export function checkNoEffect(rig: PanelRig, env: PanelEnv, before: ReturnType<typeof effectsOf>): void {
  const after = effectsOf(rig, env)
  invariant(isDeepStrictEqual(after.snapshot.value, before.snapshot.value), `the state changed to ${JSON.stringify(after.snapshot.value)}`)
  invariant(isDeepStrictEqual(after.snapshot.context, before.snapshot.context), 'the context changed')
  for (const key of ['associate', 'refresh', 'posts', 'notify', 'track'] as const) {
    invariant(after[key] === before[key], `${key} was called`)
  }
  invariant(after.pendingLinks === before.pendingLinks, 'the pending links changed')
  invariant(rig.log.slice(before.log).every((entry) => !entry.accepted), 'the message log calls it accepted')
}

/** `EMBED_INIT` posts of step `step`: one to `frameWindow` at the exact origin when a trusted ready warranted it, else none. */
export function checkPosts(env: PanelEnv, step: number, initTo: Window | null): void {
  const posts = env.posts.filter((post) => post.step === step)
  invariant(posts.length === (initTo ? 1 : 0), `${posts.length} postMessage calls where ${initTo ? 1 : 0} were due`)
  for (const post of posts) {
    invariant(post.targetOrigin === EMBED_ORIGIN, `EMBED_INIT posted to targetOrigin ${String(post.targetOrigin)}`)
    invariant(post.target === initTo, 'EMBED_INIT posted to a window that is not the frame that said ready')
    invariant(isDeepStrictEqual(post.data, buildEmbedInit(CUSTOMER)), 'the posted message is not the customer’s EMBED_INIT')
  }
}

const storedPendingIds = () =>
  (JSON.parse(sessionStorage.getItem(pendingLinksKey(CONTACT_ID)) ?? '[]') as { ticketId: string }[]).map((link) => link.ticketId)
export const isPending = (rig: PanelRig, ticketId: string) =>
  rig.embed.pendingLinks.value.some((link) => link.ticketId === ticketId) && storedPendingIds().includes(ticketId)

/** Holds after every step. */
export function checkAlways(rig: PanelRig, env: PanelEnv): void {
  const snapshot = rig.embed.actorRef.getSnapshot()
  const state = topLevel(snapshot)
  invariant(snapshot.status === 'active', `the actor is ${snapshot.status}`)
  invariant(env.consoleMessages.length === 0, `the console said ${JSON.stringify(env.consoleMessages[0])}`)
  invariant(rig.embed.state.value === state, `the composable says ${rig.embed.state.value}, the actor ${state}`)
  const listeners = rig.windowListeners.count('message')
  const heard = !isIdle(snapshot)
  invariant(listeners === (heard ? 1 : 0), `${listeners} message listeners while ${JSON.stringify(snapshot.value)}`)
  // The frame lives exactly as long as something may still be heard from it, and is shown only when open.
  invariant((rig.embed.iframe.value !== null) === heard, `iframe ${rig.embed.iframe.value ? 'mounted' : 'gone'} while ${JSON.stringify(snapshot.value)}`)
  invariant(!rig.embed.visible.value || (state !== 'hidden' && !snapshot.context.dismissed), 'the panel is shown after the agent closed it')
  invariant(env.posts.every((post) => post.target !== window), 'something was posted to the host window')

  const { associateCalls, refreshCalls } = rig.backend
  for (const call of associateCalls) {
    invariant(call.contactId === CONTACT_ID, `associate for contact ${call.contactId}`)
    invariant(rig.isKnownTicket(call.ticketId), `associate for ${call.ticketId}, a ticket no trusted TICKET_CREATED announced`)
    invariant(!call.afterLinked, `${call.by} POSTed ${call.ticketId} again after the CRM had confirmed the link`)
  }
  for (const ticketId of new Set(associateCalls.map((call) => call.ticketId))) {
    const calls = associateCalls.filter((call) => call.ticketId === ticketId)
    invariant(calls.filter((call) => call.state === 'resolved').length <= 1, `${ticketId} was linked successfully twice`)
    invariant(calls.filter((call) => call.state === 'pending').length <= 1, `two associate calls for ${ticketId} in flight at once`)
  }
  for (const ticketId of rig.handled.keys()) {
    const byMachine = refreshCalls.filter((call) => call.by === 'machine' && call.ticketId === ticketId).length
    invariant(byMachine <= 1, `${byMachine} list refreshes for ${ticketId}`)
  }
  invariant(
    refreshCalls.every((call) => call.by === 'retryLink' || (call.ticketId !== null && rig.handled.has(call.ticketId))),
    'the machine refreshed the list without a ticket',
  )
  const pendingIds = rig.embed.pendingLinks.value.map((link) => link.ticketId)
  invariant(isDeepStrictEqual(storedPendingIds(), pendingIds), 'sessionStorage and the pending links differ')
  invariant(pendingIds.every((id) => rig.isKnownTicket(id)), 'a pending link for a ticket no trusted message announced')
  const { height, ticket } = snapshot.context
  invariant(height === null || (height >= DEFAULT_MIN_HEIGHT && height <= DEFAULT_MAX_HEIGHT), `height ${height} outside the bounds`)
  if (state === 'associating' || state === 'success') {
    invariant(ticket !== null && rig.handled.has(ticket.ticketId), `${state} without a handled ticket`)
  }
}

/**
 * Every handled ticket is linked (by the CRM, a POST, or a 409) or kept as a pending link; so is every
 * ticket created while another one was being linked, when the host has to link it. Handled tickets
 * include those a closed panel heard within its grace window: a trusted TICKET_CREATED from our frame
 * within that window is never lost.
 */
export function checkNoTicketLost(rig: PanelRig): void {
  for (const [ticketId, ticket] of rig.handled) {
    const linked = ticket.isAutoAssociated || rig.backend.isLinked(ticketId)
    invariant(linked || isPending(rig, ticketId), `${ticketId} is neither linked nor a pending link`)
  }
  for (const [ticketId, ticket] of rig.late) {
    if (!rig.needsLink(ticket)) continue
    invariant(rig.backend.isLinked(ticketId) || isPending(rig, ticketId), `${ticketId}, created while another ticket was linked, was lost`)
  }
}

/** After the timers ran dry: a state with a way out, one refresh per ticket, no "Link now" stuck. */
export function checkDrained(rig: PanelRig): void {
  const state = topLevel(rig.embed.actorRef.getSnapshot())
  invariant(
    state === 'hidden' || state === 'ready' || state === 'error' || (state === 'loading' && vi.getTimerCount() > 0),
    `stuck in ${state} after 60 s`,
  )
  for (const ticketId of rig.handled.keys()) {
    const refreshes = rig.backend.refreshCalls.filter((call) => call.by === 'machine' && call.ticketId === ticketId).length
    invariant(refreshes === 1, `${refreshes} list refreshes for ${ticketId}, not exactly one`)
  }
  checkNoTicketLost(rig)
  invariant(rig.embed.linking.value.size === 0, `"Link now" still busy for ${[...rig.embed.linking.value].join(', ')}`)
}

/**
 * `vi.getTimerCount()` less jsdom's own tasks: every sessionStorage write queues a `storage` event
 * with `setTimeout(bound _dispatchStorageEvent, 0)`, which the fake clock holds like any timer (1 ms
 * ahead when queued during a tick). They are recognised by name, so no timer of the panel is excused.
 */
function timersLeft(): number {
  const clock = (globalThis.setTimeout as { clock?: { timers?: Record<string, { func?: { name?: string } }> } }).clock
  const storageEvents = Object.values(clock?.timers ?? {}).filter((timer) => timer.func?.name === 'bound _dispatchStorageEvent')
  return vi.getTimerCount() - storageEvents.length
}

/** After unmount: no listener, no timer, no running actor; nothing the panel started outlives it. */
export function checkReleased(rig: PanelRig): void {
  invariant(rig.windowListeners.count('message') === 0, 'a message listener outlived the panel')
  invariant(rig.windowListeners.count('pagehide') === 0, 'a pagehide listener outlived the panel')
  invariant(rig.frameListeners.every((tracker) => tracker.count('load') === 0), 'a load listener outlived the panel')
  invariant(timersLeft() === 0, `${timersLeft()} timers outlived the panel`)
  invariant(rig.embed.actorRef.getSnapshot().status === 'stopped', 'the actor is still running')
  checkNoTicketLost(rig)
}
