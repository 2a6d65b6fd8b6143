import type { EmbedMessageLogEntry } from '../../../../composables/messageLog'

/** What the panel did, as the host page sees it: the figures a flood must leave unchanged. */
export interface BenchCounters {
  /** Inbound messages the panel accepted. */
  accepted: number
  /** Inbound messages the panel dropped, in all and by reason. */
  rejected: number
  rejectedBy: Record<string, number>
  track: number
  notify: number
  refresh: number
  associate: number
  /** Tickets the panel reported as created: the page's list would grow by these. */
  tickets: number
}

export function createCounters(): BenchCounters {
  return { accepted: 0, rejected: 0, rejectedBy: {}, track: 0, notify: 0, refresh: 0, associate: 0, tickets: 0 }
}

/** The composable's `onMessage`: counts every inbound message, as the demo's log does. */
export function countMessage(counters: BenchCounters, entry: EmbedMessageLogEntry) {
  if (entry.direction !== 'in') return
  if (entry.accepted) {
    counters.accepted += 1
    return
  }
  counters.rejected += 1
  const reason = entry.reason ?? 'unknown'
  counters.rejectedBy[reason] = (counters.rejectedBy[reason] ?? 0) + 1
}

/** A copy that later counting does not change. */
export function snapshotCounters(counters: BenchCounters): BenchCounters {
  return { ...counters, rejectedBy: { ...counters.rejectedBy } }
}
