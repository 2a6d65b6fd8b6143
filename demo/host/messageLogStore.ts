import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { EmbedMessageLogEntry } from '../../composables/messageLog'
import { previewData } from './previewData'

/** One line of the dev drawer's message log. */
export interface LoggedMessage extends Omit<EmbedMessageLogEntry, 'data'> {
  /** Position in the whole session, from 1. */
  seq: number
  /** The message as text (never rendered as HTML). */
  preview: string
}

/** Lines kept on screen; the counters count everything. */
const KEEP = 200

/**
 * Every message in and out of the panel, accepted or rejected with its reason (fed by the
 * package's `onMessage` option), plus the ones that arrived while no panel listened.
 */
export const useMessageLogStore = defineStore('demo-message-log', () => {
  // Replaced, never mutated: the log can grow fast and its entries are read-only.
  const entries = shallowRef<readonly LoggedMessage[]>([])
  const accepted = ref(0)
  const rejected = ref(0)
  const sent = ref(0)
  let seq = 0

  function add(entry: EmbedMessageLogEntry): void {
    const { data, ...rest } = entry
    if (entry.direction === 'out') sent.value += 1
    else if (entry.accepted) accepted.value += 1
    else rejected.value += 1
    entries.value = [...entries.value, { ...rest, seq: ++seq, preview: previewData(data) }].slice(-KEEP)
  }

  function clear(): void {
    entries.value = []
    accepted.value = 0
    rejected.value = 0
    sent.value = 0
  }

  const total = computed(() => accepted.value + rejected.value + sent.value)
  return { entries, accepted, rejected, sent, total, add, clear }
})
