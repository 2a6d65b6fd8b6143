import type { AssociateArgs } from '../../../composables/useTicketEmbed'
import { httpError } from '../../support/machineHarness'

/**
 * The CRM API as the composable sees it, answering each call with the next outcome of a queue the
 * property generated: `associate` (POST /v1/leads/{contactId}/tickets/{ticketId}) and the list `refresh`.
 */

export type AssociateResult = 'ok' | 400 | 403 | 404 | 409 | 422 | 429 | 500 | 502 | 503 | 'network' | 'throw' | 'hang'
export type RefreshResult = 'ok' | 'error' | 'throw' | 'hang'
/** `delayMs` of fake time before the answer; `'hang'` never answers (an abort still ends it, as fetch does). */
export interface Outcome<R> {
  result: R
  delayMs: number
}
/** Who made a call: the statechart's invoked actor, or `retryLink` ("Link now"). */
export type Caller = 'machine' | 'retryLink'
export type CallState = 'pending' | 'resolved' | 'rejected' | 'aborted'

export interface AssociateCall {
  ticketId: string
  contactId: string
  by: Caller
  outcome: Outcome<AssociateResult>
  state: CallState
  /** The CRM had already confirmed the link (2xx or 409) when this call started. */
  afterLinked: boolean
}
export interface RefreshCall {
  by: Caller
  /** The machine's ticket when the machine called; `null` for `retryLink`. */
  ticketId: string | null
  outcome: Outcome<RefreshResult>
  state: CallState
}

export interface FakeBackend {
  associate: (args: AssociateArgs) => Promise<unknown>
  refresh: () => Promise<unknown>
  associateCalls: AssociateCall[]
  refreshCalls: RefreshCall[]
  /** True when the CRM holds the link: a POST succeeded, or answered 409 (linked already). */
  isLinked: (ticketId: string) => boolean
  /** Clears the answers still scheduled; the calls stay pending, as a request the server never answers. */
  dispose: () => void
}

const DEFAULT_OUTCOME = { result: 'ok', delayMs: 0 } as const

function failureFor(result: Exclude<AssociateResult, 'ok' | 'hang'>): unknown {
  if (result === 'network' || result === 'throw') return new TypeError('Failed to fetch')
  return httpError(result)
}

export function createFakeBackend(options: {
  associateOutcomes: readonly Outcome<AssociateResult>[]
  refreshOutcomes: readonly Outcome<RefreshResult>[]
  whoAssociates: () => Caller
  whoRefreshes: () => { by: Caller; ticketId: string | null }
}): FakeBackend {
  const associateQueue = [...options.associateOutcomes]
  const refreshQueue = [...options.refreshOutcomes]
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const associateCalls: AssociateCall[] = []
  const refreshCalls: RefreshCall[] = []

  function isLinked(ticketId: string): boolean {
    return associateCalls.some(
      (call) => call.ticketId === ticketId && (call.state === 'resolved' || (call.state === 'rejected' && call.outcome.result === 409)),
    )
  }

  /** Settles `call` after its delay unless `signal` aborts first. */
  function answer<T>(call: { outcome: Outcome<unknown>; state: CallState }, settle: () => T, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const { result, delayMs } = call.outcome
      const timer = result === 'hang' || delayMs === 0 || signal?.aborted ? undefined : setTimeout(finish, delayMs)
      if (timer !== undefined) timers.add(timer)
      function stopTimer() {
        if (timer === undefined) return
        clearTimeout(timer)
        timers.delete(timer)
      }
      function finish() {
        if (call.state !== 'pending') return
        stopTimer()
        signal?.removeEventListener('abort', onAbort)
        try {
          const value = settle()
          call.state = 'resolved'
          resolve(value)
        } catch (error) {
          call.state = 'rejected'
          reject(error)
        }
      }
      function onAbort() {
        if (call.state !== 'pending') return
        stopTimer()
        call.state = 'aborted'
        reject(signal!.reason)
      }
      if (signal?.aborted) return onAbort()
      signal?.addEventListener('abort', onAbort)
      if (result !== 'hang' && delayMs === 0) finish()
    })
  }

  return {
    associateCalls,
    refreshCalls,
    associate({ contactId, ticketId, signal }) {
      const outcome = associateQueue.shift() ?? DEFAULT_OUTCOME
      const afterLinked = isLinked(ticketId)
      const call: AssociateCall = { ticketId, contactId, by: options.whoAssociates(), outcome, state: 'pending', afterLinked }
      associateCalls.push(call)
      const { result } = outcome
      if (result === 'throw') {
        call.state = 'rejected'
        throw failureFor(result)
      }
      return answer(call, () => {
        if (result !== 'ok' && result !== 'hang') throw failureFor(result)
        return { linked: true }
      }, signal)
    },
    refresh() {
      const outcome = refreshQueue.shift() ?? DEFAULT_OUTCOME
      const call: RefreshCall = { ...options.whoRefreshes(), outcome, state: 'pending' }
      refreshCalls.push(call)
      if (outcome.result === 'throw') {
        call.state = 'rejected'
        throw new Error('refresh threw')
      }
      return answer(call, () => {
        if (outcome.result === 'error') throw new Error('list request failed')
        return undefined
      })
    },
    isLinked,
    dispose() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    },
  }
}
