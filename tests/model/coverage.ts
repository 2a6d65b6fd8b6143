import { getStateNodes } from '@xstate/graph'
import { DEFAULT_DELAYS_MS } from '../../machines/constants'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import { readStatechart } from '../../scripts/statechart/statechart'
import type { ModelPath } from './model'

/**
 * What the generated paths cover, measured against the machine itself: every edge of
 * `toDirectedGraph(machine)` (through `readStatechart`) and every state node.
 */

/** Every transition of the machine as `key` (source, event, guard, targets) and its drawn label. */
export function machineTransitions(): { key: string; label: string }[] {
  const seen = new Map<string, string>()
  for (const edge of readStatechart(ticketEmbedMachine, { delaysMs: DEFAULT_DELAYS_MS }).edges) {
    if (!seen.has(edge.key)) seen.set(edge.key, edge.label)
  }
  return [...seen].map(([key, label]) => ({ key, label }))
}

/** Keys of the transitions some step of `paths` takes. */
export function coveredTransitionKeys(paths: readonly ModelPath[]): Set<string> {
  return new Set(paths.flatMap((path) => path.steps.flatMap((step) => step.transitions)))
}

/** The machine's transitions no path takes, each as `key  (label)`. */
export function uncoveredTransitions(paths: readonly ModelPath[]): string[] {
  const covered = coveredTransitionKeys(paths)
  return machineTransitions()
    .filter(({ key }) => !covered.has(key))
    .map(({ key, label }) => `${key}  (${label})`)
}

/** Every state node of the machine by its dotted path (`associating.attempting`). */
export function machineStatePaths(): string[] {
  return getStateNodes(ticketEmbedMachine).map((node) => node.path.join('.'))
}

/** The state nodes no step of `paths` is in. */
export function unreachedStates(paths: readonly ModelPath[]): string[] {
  return machineStatePaths().filter((statePath) => !paths.some((path) => path.steps.some((step) => step.state.matches(statePath))))
}
