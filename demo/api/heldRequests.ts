import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * Holding requests: a test asks the API to keep every request of a route for one contact waiting,
 * then answers each one when it chooses (pass it on to the real handler, fail it with a status, or
 * drop the connection). That is how a test puts the panel's link or refresh request "in flight" for
 * as long as a step needs, with no timing involved. Keyed by contact, so tests on different
 * contacts never touch each other's requests.
 */

/** How a held request is answered: the real handler, an injected HTTP status, or a dropped connection. */
export type HeldOutcome = 'pass' | 'network' | number

/** A request waiting for its outcome, as `GET /__held` lists it. */
export interface HeldRequestInfo {
  id: number
  /** The route pattern, e.g. `POST /v1/leads/:contactId/tickets/:ticketId`. */
  route: string
  path: string
  contactId: string
}

interface HeldRequest extends HeldRequestInfo {
  settle: (outcome: HeldOutcome) => void
}

/** What the server does with a request after {@link HeldRequests.intercept}. */
export type InterceptResult = 'pass' | 'answered'

/** The hold registry of one API server. */
export class HeldRequests {
  /** `contactId` → route patterns held for it. */
  private readonly holds = new Map<string, Set<string>>()
  private readonly waiting: HeldRequest[] = []
  private nextId = 1

  /** Replaces the held routes of `contactId`; `[]` stops holding and passes whatever waits. */
  hold(contactId: string, routes: readonly string[]): void {
    if (routes.length === 0) this.holds.delete(contactId)
    else this.holds.set(contactId, new Set(routes))
    if (routes.length === 0) {
      for (const request of this.list(contactId)) this.release(request.id, 'pass')
    }
  }

  /** The requests waiting, oldest first, optionally of one contact. */
  list(contactId?: string): HeldRequestInfo[] {
    return this.waiting
      .filter((request) => contactId === undefined || request.contactId === contactId)
      .map(({ id, route, path, contactId: contact }) => ({ id, route, path, contactId: contact }))
  }

  /** Answers one waiting request; `false` when it is no longer waiting (answered, or the client gave up). */
  release(id: number, outcome: HeldOutcome): boolean {
    const index = this.waiting.findIndex((request) => request.id === id)
    if (index === -1) return false
    const [request] = this.waiting.splice(index, 1)
    request!.settle(outcome)
    return true
  }

  /** Passes every waiting request on and forgets every hold (reset, close). */
  clear(): void {
    this.holds.clear()
    for (const request of this.waiting.splice(0)) request.settle('network')
  }

  /**
   * Waits while `route` is held for the request's contact. `'pass'`: the caller runs the real
   * handler; `'answered'`: the response is already sent (or the connection dropped).
   */
  async intercept(route: string, params: Readonly<Record<string, string>>, req: IncomingMessage, res: ServerResponse, fail: (status: number) => void): Promise<InterceptResult> {
    const contactId = params.contactId
    if (contactId === undefined || !this.holds.get(contactId)?.has(route)) return 'pass'
    const outcome = await new Promise<HeldOutcome>((resolve) => {
      const request: HeldRequest = { id: this.nextId++, route, path: req.url ?? '', contactId, settle: resolve }
      this.waiting.push(request)
      // The browser aborted it (the panel's own timeout, or the page went away): nothing to answer.
      res.once('close', () => {
        const index = this.waiting.indexOf(request)
        if (index !== -1) this.waiting.splice(index, 1)
        resolve('network')
      })
    })
    if (outcome === 'pass') return 'pass'
    if (outcome === 'network') breakConnection(res)
    else fail(outcome)
    return 'answered'
  }
}

/**
 * A connection that breaks: the server sends bytes that are no HTTP answer and hangs up, so the
 * browser's `fetch` fails with a network error. Not a plain reset before any byte: Chromium silently
 * retries a request whose reused connection was reset before the answer began, and the request
 * would simply arrive again.
 */
function breakConnection(res: ServerResponse): void {
  const socket = res.socket
  if (!socket || socket.destroyed) return
  socket.end('BROKEN\r\n\r\n', () => socket.destroy())
}

/** Reads a `HeldOutcome` from a request body value; `null` when it is none. */
export function readHeldOutcome(value: unknown): HeldOutcome | null {
  if (value === 'pass' || value === 'network') return value
  return Number.isSafeInteger(value) && (value as number) >= 400 && (value as number) <= 599 ? (value as number) : null
}
