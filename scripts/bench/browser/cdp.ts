import type { CDPSession } from 'playwright-core'

/** Listeners on the page's `window`, by event type, as DevTools lists them. */
export async function windowListeners(session: CDPSession): Promise<Record<string, number>> {
  const { result } = await session.send('Runtime.evaluate', { expression: 'window' })
  if (!result.objectId) throw new Error('no handle on window')
  try {
    const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId })
    const counts: Record<string, number> = {}
    for (const listener of listeners) counts[listener.type] = (counts[listener.type] ?? 0) + 1
    return counts
  } finally {
    await session.send('Runtime.releaseObject', { objectId: result.objectId })
  }
}

/** Collects garbage (twice: the first pass can leave what finalizers freed) and reads the JS heap in use. */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage')
  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = await session.send('Runtime.getHeapUsage')
  return usedSize
}

/**
 * Main-thread time the page's renderer has spent on tasks so far, in ms of thread time: the sum of
 * every task, whatever ran it (message dispatch, listeners, GC).
 */
export async function mainThreadTaskMs(session: CDPSession): Promise<number> {
  const { metrics } = await session.send('Performance.getMetrics')
  const task = metrics.find((metric) => metric.name === 'TaskDuration')
  if (!task) throw new Error('Performance.getMetrics has no TaskDuration')
  return task.value * 1000
}
