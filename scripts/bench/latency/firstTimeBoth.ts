import type { Transition } from './latencyRecorder'

/** The value `transitions` hold at `t`: that of the last one at or before it. */
export function valueAt<T>(transitions: readonly Transition<T>[], t: number): T | undefined {
  let value: T | undefined
  for (const transition of transitions) {
    if (transition.t > t) break
    value = transition.value
  }
  return value
}

/**
 * The first time at or after `since` when both records hold what is wanted (the host shows the
 * frame, the embed is usable for the customer), or `null` if they never do together. Both
 * records are step functions; the answer is `since` or one of their change points.
 */
export function firstTimeBoth<A, B>(
  since: number,
  first: readonly Transition<A>[],
  isFirstMet: (value: A | undefined) => boolean,
  second: readonly Transition<B>[],
  isSecondMet: (value: B | undefined) => boolean,
): number | null {
  const candidates = [since, ...first.map((x) => x.t), ...second.map((x) => x.t)].filter((t) => t >= since).sort((a, b) => a - b)
  for (const t of candidates) {
    if (isFirstMet(valueAt(first, t)) && isSecondMet(valueAt(second, t))) return t
  }
  return null
}
