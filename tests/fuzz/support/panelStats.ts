/**
 * What the runs exercised, summed over a property: proof that the generated interleavings reach the
 * deep states (linking, retries, pending links) and not only `hidden` and `loading`.
 */
export interface PanelStats {
  runs: number
  steps: number
  states: Map<string, number>
  actions: Map<string, number>
  handledTickets: number
  /** Trusted `TICKET_CREATED` that arrived while the panel was not `ready` (the machine ignores them). */
  createdWhileNotReady: Map<string, number>
  /** Trusted `TICKET_CREATED` a closed panel heard within its grace window (taken in as in `ready`). */
  createdAfterClose: number
  associateResults: Map<string, number>
  refreshResults: Map<string, number>
  pendingAtEnd: number
  linkedByRetryLink: number
  earlyUnmounts: number
}

export function createPanelStats(): PanelStats {
  return {
    runs: 0,
    steps: 0,
    states: new Map(),
    actions: new Map(),
    handledTickets: 0,
    createdWhileNotReady: new Map(),
    createdAfterClose: 0,
    associateResults: new Map(),
    refreshResults: new Map(),
    pendingAtEnd: 0,
    linkedByRetryLink: 0,
    earlyUnmounts: 0,
  }
}

export const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

const list = (map: Map<string, number>) =>
  [...map].sort(([a], [b]) => a.localeCompare(b)).map(([key, count]) => `${key} ${count}`).join(', ')

export function formatPanelStats(stats: PanelStats): string {
  return [
    `runs ${stats.runs}, steps ${stats.steps}, early unmounts ${stats.earlyUnmounts}`,
    `states: ${list(stats.states)}`,
    `actions: ${list(stats.actions)}`,
    `tickets handled ${stats.handledTickets}, pending at the end ${stats.pendingAtEnd}, linked by "Link now" ${stats.linkedByRetryLink}`,
    `TICKET_CREATED while not ready: ${list(stats.createdWhileNotReady)}`,
    `TICKET_CREATED heard by a closed panel within its grace: ${stats.createdAfterClose}`,
    `associate: ${list(stats.associateResults)}`,
    `refresh: ${list(stats.refreshResults)}`,
  ].join('\n')
}
