import { setupServer } from 'msw/node'
import { toast } from '@mekari/pixel3'
import { createCrmBackend, type CrmBackend } from './crmBackend'

/**
 * One msw server per test file with a fresh stand-in CRM per test. Unhandled requests fail the
 * test: every request must be one the CRM client really makes.
 */
export function useCrmServer(): { readonly backend: CrmBackend } {
  const server = setupServer()
  let backend = createCrmBackend()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    backend = createCrmBackend()
    server.use(...backend.handlers)
  })
  afterEach(() => {
    server.resetHandlers()
    window.sessionStorage.clear()
    // Toasts outlive the component in pixel3's toaster state; the next test starts without them.
    if (document.querySelector('[data-sonner-toaster]')) toast.closeAll()
    vi.useRealTimers()
  })
  afterAll(() => server.close())
  return {
    get backend() {
      return backend
    },
  }
}

/**
 * Fake timers for the statechart's delays (ready timeout, link backoff). Only the timer functions
 * and `Date` are faked: msw and fetch keep their real microtasks and `setImmediate`.
 */
export function useStatechartClock() {
  vi.useFakeTimers({ shouldAdvanceTime: false, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
}

/** Lets pending fetches, promises and Vue updates finish without moving the fake clock. */
export async function settle(rounds = 10) {
  for (let round = 0; round < rounds; round += 1) {
    await new Promise((resolve) => setImmediate(resolve))
    if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(0)
  }
}

/** Moves the fake clock by `ms`, then lets everything that became due finish. */
export async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms)
  await settle()
}
