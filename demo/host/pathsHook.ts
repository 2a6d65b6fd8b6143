import type { SnapshotFrom } from 'xstate'
import type { EmbedMessageLogEntry } from '../../composables/messageLog'
import type { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'

/**
 * What the statechart path runner (`npm run test:paths`) reads from the host page: the panel's
 * latest snapshot (through the config's `onSnapshot`) and how many inbound messages the panel has
 * judged (through `onMessage`). Off unless the test sets `window.__TICKET_EMBED_PATHS__ = true`
 * before the page loads.
 */

/** `window.__ticketEmbedPanel`, as the runner reads it. */
export interface HostPathsProbe {
  /** The last snapshot's value and context, as plain data. */
  snapshot: { value: unknown; context: Record<string, unknown> } | null
  /** Inbound messages the panel accepted or dropped so far. */
  messagesIn: number
  /** The last inbound message's verdict, e.g. `dropped: origin-mismatch`. */
  lastVerdict: string | null
}

declare global {
  interface Window {
    __TICKET_EMBED_PATHS__?: boolean
    __ticketEmbedPanel?: HostPathsProbe
  }
}

/** The probe when the runner asked for it, else `null` (and nothing is recorded). */
export function createPathsProbe(win: Window): {
  onSnapshot: (snapshot: SnapshotFrom<typeof ticketEmbedMachine>) => void
  onMessage: (entry: EmbedMessageLogEntry) => void
} | null {
  if (win.__TICKET_EMBED_PATHS__ !== true) return null
  const probe: HostPathsProbe = { snapshot: null, messagesIn: 0, lastVerdict: null }
  win.__ticketEmbedPanel = probe
  return {
    onSnapshot: (snapshot) => {
      // A copy as plain data: the runner compares it with the model, and the live one keeps changing.
      probe.snapshot = JSON.parse(JSON.stringify({ value: snapshot.value, context: snapshot.context })) as HostPathsProbe['snapshot']
    },
    onMessage: (entry) => {
      if (entry.direction !== 'in') return
      probe.messagesIn += 1
      probe.lastVerdict = entry.accepted ? `accepted: ${entry.type}` : `dropped: ${entry.reason}`
    },
  }
}
