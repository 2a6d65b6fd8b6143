import type { ControlSettings } from '../api/control'

/** The stand-in API's fault-injection endpoint, as the dev drawer uses it. */
export interface CrmControl {
  read(): Promise<ControlSettings>
  update(patch: Partial<ControlSettings>): Promise<ControlSettings>
  /** Seed data, default settings, empty request log. */
  reset(): Promise<ControlSettings>
}

/** A client for `GET/POST /__control` and `POST /__control/reset` of the API at `apiUrl`. */
export function createCrmControl(apiUrl: string): CrmControl {
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ControlSettings> {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as { data?: ControlSettings; error?: string }
    if (!response.ok || !json.data) throw new Error(`${method} ${path}: ${json.error ?? response.status}`)
    return json.data
  }
  return {
    read: () => call('GET', '/__control'),
    update: (patch) => call('POST', '/__control', patch),
    reset: () => call('POST', '/__control/reset'),
  }
}
