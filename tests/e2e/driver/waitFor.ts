import type { FrameDriver } from './types'

/** How long a condition is awaited unless said otherwise: a busy machine must not fail a correct flow. */
export const WAIT_TIMEOUT_MS = 30_000
/** Between two checks: quick enough not to slow a flow, rare enough not to load the page. */
const POLL_INTERVAL_MS = 50

export interface WaitOptions {
  /** @default WAIT_TIMEOUT_MS */
  timeout?: number
}

/**
 * Checks `condition` until it returns something other than `false`, `null` or `undefined`, and
 * returns that. A check that throws (the frame is navigating, the element is being replaced) is
 * tried again; on time-out the error names `what` and the last thrown error.
 */
export async function waitUntil<T>(what: string, condition: () => Promise<T | false | null | undefined>, options: WaitOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? WAIT_TIMEOUT_MS)
  let lastError: unknown
  for (;;) {
    try {
      const value = await condition()
      if (value !== false && value !== null && value !== undefined) return value
      lastError = undefined
    } catch (error) {
      lastError = error
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : ''
      throw new Error(`timed out after ${options.timeout ?? WAIT_TIMEOUT_MS} ms waiting for ${what}${cause}`)
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
}

/** Waits until `fn(arg)`, run in `frame`, returns something truthy, and returns it. */
export function waitForFunction<R, A>(frame: FrameDriver, what: string, fn: (arg: A) => R, arg: A, options?: WaitOptions): Promise<NonNullable<R>> {
  return waitUntil(what, async () => ((await frame.evaluate(fn, arg)) || undefined) as NonNullable<R> | undefined, options)
}
