import type { BrowserContext } from 'playwright-core'

/** Hosts the demo lives on; a request anywhere else means the page reached for the internet. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/** Every URL the pages of a browser context asked for, frames and workers included. */
export interface RequestRecorder {
  readonly urls: readonly string[]
  /** The recorded URLs that leave the machine. */
  offLoopback(): string[]
}

/** True when `url` stays on this machine. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return LOCAL_SCHEMES.has(parsed.protocol) || LOOPBACK_HOSTS.has(parsed.hostname)
  } catch {
    return false
  }
}

/** Starts recording before the first page opens, so nothing slips through. */
export function recordRequests(context: BrowserContext): RequestRecorder {
  const urls: string[] = []
  context.on('request', (request) => urls.push(request.url()))
  return {
    urls,
    offLoopback: () => urls.filter((url) => !isLoopbackUrl(url)),
  }
}
