import type { AnyMachineSnapshot, StateValue } from 'xstate'
import { sampleOf, type ModelEvent } from './sampleEvents'

/**
 * How the model tells states apart. By value, not by context, or the state space explodes; the
 * two pieces of context that decide a transition are part of the key where they do: the associate
 * attempt inside `associating` (which `onError` branch runs), and whether the embed said a create
 * is in flight in `ready` and `hidden.listening` (how long, and how, the closed panel's grace ends).
 */

/** `'ready'` → `ready`; `{ associating: 'attempting' }` → `associating.attempting`. */
export function valuePath(value: StateValue): string {
  if (typeof value === 'string') return value
  return Object.entries(value)
    .map(([key, child]) => (child === undefined ? key : `${key}.${valuePath(child)}`))
    .join(', ')
}

/**
 * Whether the panel, once done, keeps its form (the embed said it can start afresh): it decides where
 * `success` and the closed panel's grace lead, so it is part of the key on the way there.
 */
export function keepMayMatter(snapshot: Pick<AnyMachineSnapshot, 'value'>): boolean {
  return ['ready', 'success', 'hidden.listening'].includes(valuePath(snapshot.value))
}

/**
 * `ready`, `associating.attempting (attempt 2)`, `hidden.listening (create in flight, form kept)`:
 * the state key and how the documents print it. Plain data is enough (a page's snapshot as JSON).
 */
export function stateLabel(snapshot: { value: StateValue; context: object }): string {
  const context = snapshot.context as Record<string, unknown>
  const path = valuePath(snapshot.value)
  if (path.startsWith('associating')) return `${path} (attempt ${String(context.associateAttempt)})`
  const notes: string[] = []
  const createMayMatter = path === 'ready' || path === 'hidden.listening'
  if (createMayMatter && context.createInFlight === true) notes.push('create in flight')
  if (keepMayMatter(snapshot) && context.embedCanReset === true) notes.push('form kept')
  return notes.length === 0 ? path : `${path} (${notes.join(', ')})`
}

/** Key for state coverage: one path per state (and per attempt inside `associating`). */
export function serializeForStates(snapshot: AnyMachineSnapshot): string {
  return stateLabel(snapshot)
}

/**
 * Key for transition coverage: `[previous state, event, state]`, so every (state, event) pair gets
 * its own path, including the ones that stay put (a trusted resize, an untrusted anything).
 */
export function serializeForTransitions(
  snapshot: AnyMachineSnapshot,
  event: ModelEvent | undefined,
  previous: AnyMachineSnapshot | undefined,
): string {
  return JSON.stringify([previous ? stateLabel(previous) : null, event ? sampleOf(event).id : null, stateLabel(snapshot)])
}
