/**
 * Counts pending timers. It is the first import of the bench host page, so it wraps `setTimeout`
 * and `setInterval` before any other module runs: every timer the composable or XState starts
 * (they look the globals up at call time) goes through it.
 */
const pending = new Set<number>()
const native = {
  setTimeout: window.setTimeout.bind(window),
  clearTimeout: window.clearTimeout.bind(window),
  setInterval: window.setInterval.bind(window),
  clearInterval: window.clearInterval.bind(window),
}

window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  if (typeof handler !== 'function') return native.setTimeout(handler, ms, ...args)
  const id = native.setTimeout(
    (...callArgs: unknown[]) => {
      pending.delete(id)
      ;(handler as (...a: unknown[]) => void)(...callArgs)
    },
    ms,
    ...args,
  )
  pending.add(id)
  return id
}) as typeof window.setTimeout

window.clearTimeout = ((id?: number) => {
  if (id !== undefined) pending.delete(id)
  native.clearTimeout(id)
}) as typeof window.clearTimeout

window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = native.setInterval(handler, ms, ...args)
  pending.add(id)
  return id
}) as typeof window.setInterval

window.clearInterval = ((id?: number) => {
  if (id !== undefined) pending.delete(id)
  native.clearInterval(id)
}) as typeof window.clearInterval

/** Timers started and neither fired (timeouts) nor cleared. */
export function pendingTimers(): number {
  return pending.size
}
