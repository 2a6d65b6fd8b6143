import type { MockInstance } from 'vitest'
import { createFramePool, type FramePool } from './framePool'

/** A `postMessage` the page made, with the step of the run it happened in. */
export interface PostRecord {
  step: number
  target: Window
  data: unknown
  targetOrigin: unknown
}

/**
 * What every run of the composable property shares: the pooled frames, a recorder on the
 * `postMessage` of every window in the page (pooled frames, the spoof frame and the host window
 * itself), and the console, which must stay silent.
 */
export interface PanelEnv {
  pool: FramePool
  posts: PostRecord[]
  consoleMessages: unknown[][]
  /** Index of the running step; `-1` between runs. Set by the runner, read by the recorder. */
  cursor: { step: number }
  dispose: () => void
}

export function createPanelEnv(): PanelEnv {
  const pool = createFramePool()
  const posts: PostRecord[] = []
  const consoleMessages: unknown[][] = []
  const cursor = { step: -1 }
  const windows = [...pool.frames.map((frame) => frame.contentWindow!), pool.spoof.contentWindow!, window]
  const spies: MockInstance[] = windows.map((target) =>
    vi.spyOn(target, 'postMessage').mockImplementation((data: unknown, targetOrigin?: unknown) => {
      // Recorded only: a real delivery would queue a message event the run does not expect.
      posts.push({ step: cursor.step, target, data, targetOrigin })
    }),
  )
  for (const level of ['error', 'warn'] as const) {
    spies.push(vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void consoleMessages.push([level, ...args])))
  }
  return {
    pool,
    posts,
    consoleMessages,
    cursor,
    dispose: () => {
      spies.forEach((spy) => spy.mockRestore())
      pool.dispose()
    },
  }
}
