import { shallowRef } from 'vue'
import type { SnapshotFrom } from 'xstate'
import type { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'

/**
 * The panel's active state as a dotted path (`ready`, `associating.backingOff`), fed by the config's
 * `onSnapshot`, so the live statechart can mark sub-states too.
 */
export const activeStatePath = shallowRef('hidden')

/** `onSnapshot` for the demo's config. */
export function followSnapshot(snapshot: SnapshotFrom<typeof ticketEmbedMachine>): void {
  activeStatePath.value = toPath(snapshot.value)
}

function toPath(value: unknown): string {
  if (typeof value === 'string') return value
  const [key, child] = Object.entries(value as Record<string, unknown>)[0] ?? ['hidden', undefined]
  return child === undefined || (typeof child === 'object' && child !== null && Object.keys(child).length === 0)
    ? key
    : `${key}.${toPath(child)}`
}

/** The ids to highlight for `path`: the state and every parent (`ticketEmbed.associating`, `…associating.attempting`). */
export function activeIds(machineId: string, path: string): string[] {
  const parts = path.split('.')
  return parts.map((_, index) => `${machineId}.${parts.slice(0, index + 1).join('.')}`)
}
