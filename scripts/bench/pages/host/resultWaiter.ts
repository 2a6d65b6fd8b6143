import { benchMessage } from '../shared/benchMessages'

/**
 * Collects the `result` messages the embed posts after each handshake. Its listener is added
 * before the panel's, is one property read for any other message, and runs after the measured span
 * of the embed has ended anyway (the embed stops its clock before it posts).
 */
export function createResultWaiter(embedOrigin: string) {
  const waiting = new Map<number, (ms: number) => void>()
  addEventListener('message', (event) => {
    const result = event.origin === embedOrigin ? benchMessage(event.data, 'result') : null
    if (result) waiting.get(result.id)?.(result.ms)
  })
  return {
    /** Resolves with the milliseconds the embed measured for handshake `id`. */
    result(id: number, label: string, timeoutMs = 10_000): Promise<number> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id)
          reject(new Error(`no result for handshake ${id} (${label}) within ${timeoutMs} ms`))
        }, timeoutMs)
        waiting.set(id, (ms) => {
          clearTimeout(timer)
          waiting.delete(id)
          resolve(ms)
        })
      })
    },
  }
}
