/**
 * How guards, actions and events of an XState v5 machine are written on the drawn statechart.
 * Pure (no Node, no DOM): the demo's live statechart imports it through `toMermaid`.
 */

/** A guard as XState stores it on a transition: a name, `{ type, params }`, or a function. */
type GuardRef = unknown
/** An action as XState stores it on a transition or an entry list. */
type ActionRef = unknown

interface HigherOrderGuard {
  (...args: never[]): unknown
  check: unknown
  guards: GuardRef[]
}

const isHigherOrderGuard = (guard: unknown): guard is HigherOrderGuard =>
  typeof guard === 'function' && 'check' in guard && Array.isArray((guard as { guards?: unknown }).guards)

const HIGHER_ORDER_JOIN: Record<string, string> = { and: ' && ', or: ' || ' }

/**
 * `'isTrusted'` → `isTrusted`; `and(['isTrusted', 'needsFallbackAssociation'])` →
 * `isTrusted && needsFallbackAssociation`; `not('x')` → `!x`. `null` when there is no guard.
 */
export function guardText(guard: GuardRef, nested = false): string | null {
  if (guard === undefined || guard === null) return null
  if (typeof guard === 'string') return guard
  if (isHigherOrderGuard(guard)) {
    // `and`, `or` and `not` are functions named after themselves in xstate's build.
    if (guard.name === 'not') return `!${guardText(guard.guards[0], true)}`
    const text = guard.guards.map((inner) => guardText(inner, true)).join(HIGHER_ORDER_JOIN[guard.name] ?? ` ${guard.name} `)
    return nested && guard.guards.length > 1 ? `(${text})` : text
  }
  if (typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type)
  return typeof guard === 'function' && guard.name ? guard.name : 'inline guard'
}

/**
 * `'postEmbedInit'` → `postEmbedInit`; `{ type: 'track', params: { name: 'Created' } }` →
 * `track(Created)`. XState's own bookkeeping (`xstate.raise`/`xstate.cancel` of `after` timers)
 * returns `null`: the delayed edges already show it.
 */
export function actionText(action: ActionRef): string | null {
  if (typeof action === 'string') return action
  if (typeof action === 'function') {
    const type = (action as { type?: unknown }).type
    if (typeof type === 'string' && type.startsWith('xstate.')) return null
    return action.name || 'inline action'
  }
  if (typeof action === 'object' && action !== null && 'type' in action) {
    const { type, params } = action as { type: unknown; params?: unknown }
    if (typeof params !== 'object' || params === null) return String(type)
    return `${String(type)}(${Object.values(params).map(String).join(', ')})`
  }
  return null
}

/** The texts of `actions`, XState's internal ones left out. */
export function actionsText(actions: readonly ActionRef[]): string[] {
  return actions.map(actionText).filter((text): text is string => text !== null)
}

/** What a delayed edge waits for: the delay's name and its default in ms. */
export interface DelayLabel {
  name: string
  ms: number | null
}

/**
 * The event of an edge in plain statechart words: `xstate.after.readyTimeout.<id>` →
 * `after readyTimeout (10000 ms)`, `xstate.done.actor.associateTicket` → `associateTicket done`,
 * `xstate.error.actor.associateTicket` → `associateTicket error`; anything else as it is.
 */
export function eventText(eventType: string, delay?: DelayLabel): string {
  if (delay) return delay.ms === null ? `after ${delay.name}` : `after ${delay.name} (${delay.ms} ms)`
  const actor = /^xstate\.(done|error)\.actor\.(.+)$/.exec(eventType)
  if (actor) return `${actor[2]} ${actor[1]}`
  const stateDone = /^xstate\.done\.state\.(.+)$/.exec(eventType)
  if (stateDone) return `${stateDone[1]} done`
  return eventType
}

/** `event [guard] / action, action` — the label of one edge. */
export function edgeLabel(event: string, guard: string | null, actions: readonly string[]): string {
  const guardPart = guard === null ? '' : ` [${guard}]`
  const actionPart = actions.length === 0 ? '' : ` / ${actions.join(', ')}`
  return `${event}${guardPart}${actionPart}`
}
