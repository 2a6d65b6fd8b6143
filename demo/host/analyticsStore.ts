import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

/** One analytics event the Tickets section recorded. */
export interface TrackedEvent {
  seq: number
  at: number
  name: string
  props: Record<string, unknown>
}

const KEEP = 50

/** The analytics events (`[Qontak One] [Customer] Create Ticket Embed …`), shown in the dev drawer. */
export const useAnalyticsStore = defineStore('demo-analytics', () => {
  const events = shallowRef<readonly TrackedEvent[]>([])
  let seq = 0
  function track(name: string, props: Record<string, unknown>): void {
    events.value = [...events.value, { seq: ++seq, at: Date.now(), name, props: { ...props } }].slice(-KEEP)
  }
  function clear(): void {
    events.value = []
  }
  return { events, track, clear }
})
