/** The four ports of the demo. `0` asks the system for a free one (tests). */
export interface DemoPorts {
  /** The customer-detail page, on `http://localhost:PORT`. */
  hostPort: number
  /** The reference CRM embed, on `http://127.0.0.1:PORT` (another site than the host). */
  embedPort: number
  /** The stand-in CRM API, on `http://127.0.0.1:PORT`. */
  apiPort: number
  /** The forged frames, on `http://localhost:PORT` (a third origin). */
  spoofPort: number
}

/** The ports `npm start` uses unless `HOST_PORT`, `EMBED_PORT`, `API_PORT` or `SPOOF_PORT` say otherwise. */
export const DEFAULT_DEMO_PORTS: Readonly<DemoPorts> = Object.freeze({
  hostPort: 5173,
  embedPort: 5174,
  apiPort: 5175,
  spoofPort: 5176,
})

/** Path of the create-ticket form on the embed origin (the CRM's `/embed/ticket/create`). */
export const EMBED_PAGE_PATH = '/embed/ticket/create'

/** Path of the forged-message page, on the spoof origin and on the embed origin. */
export const SPOOF_PAGE_PATH = '/spoof'

/**
 * Where everything of a running demo lives. Every page gets it (Vite `define`), so no page
 * guesses a port.
 */
export interface DemoUrls {
  /** The customer-detail page, e.g. `http://localhost:5173/`. */
  host: string
  hostOrigin: string
  embedOrigin: string
  /** The create-ticket form, e.g. `http://127.0.0.1:5174/embed/ticket/create`. */
  embed: string
  /** Base URL of the stand-in CRM API, e.g. `http://127.0.0.1:5175`. */
  api: string
  spoofOrigin: string
  /** The forged-message page on the third origin, e.g. `http://localhost:5176/spoof`. */
  spoof: string
  /** Other host origins the form and the API trust (`TRUSTED_HOST_ORIGINS`). */
  trustedHostOrigins?: readonly string[]
}

/** The URLs of a demo listening on `ports` (all of them already known, none `0`). */
export function demoUrlsFor(ports: DemoPorts): DemoUrls {
  const hostOrigin = `http://localhost:${ports.hostPort}`
  const embedOrigin = `http://127.0.0.1:${ports.embedPort}`
  const spoofOrigin = `http://localhost:${ports.spoofPort}`
  return {
    host: `${hostOrigin}/`,
    hostOrigin,
    embedOrigin,
    embed: `${embedOrigin}${EMBED_PAGE_PATH}`,
    api: `http://127.0.0.1:${ports.apiPort}`,
    spoofOrigin,
    spoof: `${spoofOrigin}${SPOOF_PAGE_PATH}`,
  }
}

/**
 * Reads the ports from the environment (`HOST_PORT`, `EMBED_PORT`, `API_PORT`, `SPOOF_PORT`).
 * @throws TypeError naming the variable when a value is not a port number.
 */
export function readDemoPorts(env: Readonly<Record<string, string | undefined>>): DemoPorts {
  const read = (name: string, fallback: number) => {
    const value = env[name]
    if (value === undefined || value.trim() === '') return fallback
    const port = Number(value)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`${name}="${value}" is not a port number`)
    return port
  }
  return {
    hostPort: read('HOST_PORT', DEFAULT_DEMO_PORTS.hostPort),
    embedPort: read('EMBED_PORT', DEFAULT_DEMO_PORTS.embedPort),
    apiPort: read('API_PORT', DEFAULT_DEMO_PORTS.apiPort),
    spoofPort: read('SPOOF_PORT', DEFAULT_DEMO_PORTS.spoofPort),
  }
}
