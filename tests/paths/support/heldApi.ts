import type { HeldOutcome, HeldRequestInfo } from '../../../demo/api/heldRequests'

/** The stand-in API's hold controls (`demo/api/heldRoutes.ts`), for one contact. */
export interface HeldApi {
  /** Holds these routes for the contact from now on (`[]` stops and lets waiting requests through). */
  hold(routes: readonly string[]): Promise<void>
  /** Waits until a request of `route` is held, and answers it with `outcome`. */
  answer(route: string, outcome: HeldOutcome, deadlineMs?: number): Promise<HeldRequestInfo>
  /** The requests of the contact waiting now. */
  waiting(): Promise<HeldRequestInfo[]>
}

async function call<T>(url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json()) as { data?: T; error?: string }
  if (!response.ok || json.data === undefined) throw new Error(`${url}: ${json.error ?? response.status}`)
  return json.data
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A client for the hold controls of the API at `apiUrl`, scoped to `contactId`. */
export function createHeldApi(apiUrl: string, contactId: string): HeldApi {
  const waiting = () => call<HeldRequestInfo[]>(`${apiUrl}/__held?contactId=${encodeURIComponent(contactId)}`)
  return {
    waiting,
    async hold(routes) {
      await call(`${apiUrl}/__hold`, { contactId, routes })
    },
    async answer(route, outcome, deadlineMs = 15_000) {
      const deadline = Date.now() + deadlineMs
      // A condition, polled: the request is sent by the page once the state it is invoked in is entered.
      for (;;) {
        const request = (await waiting()).find((held) => held.route === route)
        if (request) {
          await call(`${apiUrl}/__held/release`, { id: request.id, outcome })
          return request
        }
        if (Date.now() > deadline) throw new Error(`no ${route} request reached the API for ${contactId} within ${deadlineMs} ms`)
        await pause(25)
      }
    },
  }
}
