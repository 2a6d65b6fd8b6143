/** Hosts the demo lives on; a request anywhere else means the page reached for the internet. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])
/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/** True when `url` stays on this machine. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return LOCAL_SCHEMES.has(parsed.protocol) || LOOPBACK_HOSTS.has(parsed.hostname)
  } catch {
    return false
  }
}

/** The URLs among `urls` that leave the machine. */
export const offLoopback = (urls: readonly string[]) => urls.filter((url) => !isLoopbackUrl(url))
