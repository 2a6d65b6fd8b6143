import type { FloodKind } from './benchMessages'
import { forgedMessage } from './forgedMessages'

/**
 * Posts `count` forged messages of each of `kinds` to `target`, the kinds interleaved, in one task:
 * the host receives them as fast as the browser can carry them.
 */
export function postFlood(target: Window, targetOrigin: string, kinds: readonly FloodKind[], count: number) {
  for (let i = 0; i < count; i += 1) {
    for (const kind of kinds) target.postMessage(forgedMessage(kind, i), targetOrigin)
  }
}
