import type { ControlSettings } from '../../../demo/api/control'
import type { LogEntry } from '../../../demo/api/requestLog'

/** The stand-in CRM API's test controls, called from the test process (not from a page). */
export interface DemoApi {
  /** Seed data, default settings, empty request log. */
  reset(): Promise<void>
  /** Fault injection for what happens next (`POST /__control`). */
  control(patch: Partial<ControlSettings>): Promise<void>
  /** Every request the API answered since the last reset, oldest first. */
  log(): Promise<LogEntry[]>
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init)
  // The API names the problem (`unknown-field:x`): a typo in a test must fail loudly.
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}: ${await response.text()}`)
  return ((await response.json()) as { data: T }).data
}

/** A client for the API at `apiUrl` (`demo.urls.api`). */
export function createDemoApi(apiUrl: string): DemoApi {
  const post = (path: string, body?: unknown) =>
    call(`${apiUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return {
    reset: async () => void (await post('/__control/reset')),
    control: async (patch) => void (await post('/__control', patch)),
    log: () => call<LogEntry[]>(`${apiUrl}/__log`),
  }
}

/** `POST /v1/leads/{contactId}/tickets/{ticketId}`: the fallback link, as the API log lists it. */
export const LINK_CALL = /^\/v1\/leads\/[^/?]+\/tickets\/[^/?]+$/

/** The link calls in `log`, in order. */
export function linkCalls(log: readonly LogEntry[]): LogEntry[] {
  return log.filter((entry) => entry.method === 'POST' && LINK_CALL.test(entry.path))
}
