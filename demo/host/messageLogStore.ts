import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { EmbedMessageLogEntry } from '../../composables/messageLog'
import { formatLogTime } from './formatLogTime'
import { previewData } from './previewData'

/** One line of the dev drawer's message log. */
export interface LoggedMessage extends Omit<EmbedMessageLogEntry, 'data'> {
  /** Position in the whole session, from 1. */
  seq: number
  /** The message as text (never rendered as HTML). */
  preview: string
  /** `at` as the log shows it, formatted once rather than on every render. */
  time: string
}

/** Lines kept on screen; the counters count everything. */
export const LOG_KEEP = 200

/**
 * How long messages gather before the log shows them. A flood of forged messages then costs one
 * render of the log per interval instead of one per message (each of which redrew every row);
 * a person still sees a message appear at once.
 */
export const LOG_FLUSH_MS = 100

interface Arrived {
  entry: EmbedMessageLogEntry
  seq: number
}

/**
 * Every message in and out of the panel, accepted or rejected with its reason (fed by the
 * package's `onMessage` option), plus the ones that arrived while no panel listened.
 *
 * `add` only queues: nothing reactive changes until the next flush, which updates the counters
 * and the last {@link LOG_KEEP} lines together (so they always agree), previewing and formatting
 * only the lines it keeps.
 */
export const useMessageLogStore = defineStore('demo-message-log', () => {
  // Replaced, never mutated: the log can grow fast and its entries are read-only.
  const entries = shallowRef<readonly LoggedMessage[]>([])
  const accepted = ref(0)
  const rejected = ref(0)
  const sent = ref(0)
  let seq = 0
  let arrived: Arrived[] = []
  const counted = { accepted: 0, rejected: 0, sent: 0 }
  let flushTimer: ReturnType<typeof setTimeout> | undefined

  function flush(): void {
    flushTimer = undefined
    const kept = arrived.slice(-LOG_KEEP).map(({ entry: { data, ...rest }, seq }) => ({ ...rest, seq, preview: previewData(data), time: formatLogTime(rest.at) }))
    arrived = []
    accepted.value += counted.accepted
    rejected.value += counted.rejected
    sent.value += counted.sent
    counted.accepted = counted.rejected = counted.sent = 0
    entries.value = [...entries.value, ...kept].slice(-LOG_KEEP)
  }

  function add(entry: EmbedMessageLogEntry): void {
    if (entry.direction === 'out') counted.sent += 1
    else if (entry.accepted) counted.accepted += 1
    else counted.rejected += 1
    arrived.push({ entry, seq: ++seq })
    // Trimmed in steps, not on every message: the queue never holds more than twice what is kept.
    if (arrived.length >= 2 * LOG_KEEP) arrived = arrived.slice(-LOG_KEEP)
    flushTimer ??= setTimeout(flush, LOG_FLUSH_MS)
  }

  function clear(): void {
    clearTimeout(flushTimer)
    flushTimer = undefined
    arrived = []
    counted.accepted = counted.rejected = counted.sent = 0
    entries.value = []
    accepted.value = 0
    rejected.value = 0
    sent.value = 0
  }

  const total = computed(() => accepted.value + rejected.value + sent.value)
  return { entries, accepted, rejected, sent, total, add, clear }
})
