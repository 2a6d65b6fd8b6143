/**
 * Requests parked until released: `holdCreates` keeps `POST /v1/tickets` waiting for as long as a
 * test needs, so "the create is on its way" is a state to wait on, not a time window.
 */
export class RequestHold {
  private waiting = new Set<() => void>()

  /** Resolves `true` on `release()`, `false` when `signal` aborts first (the server is closing). */
  wait(signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return Promise.resolve(false)
    return new Promise((resolve) => {
      const done = (released: boolean) => {
        this.waiting.delete(onRelease)
        signal.removeEventListener('abort', onAbort)
        resolve(released)
      }
      const onRelease = () => done(true)
      const onAbort = () => done(false)
      this.waiting.add(onRelease)
      signal.addEventListener('abort', onAbort, { once: true })
    })
  }

  /** How many requests wait right now. */
  get size(): number {
    return this.waiting.size
  }

  /** Lets every waiting request go on. */
  release(): void {
    for (const onRelease of [...this.waiting]) onRelease()
  }
}
