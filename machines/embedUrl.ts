/**
 * The embed URL must be absolute `https:`, or `http:` on `localhost` / `127.0.0.1` for development:
 * anything else would let the CRM form (and the customer data sent to it) travel in clear text.
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** Why `embedUrl` is refused, or `null` when it is fine. */
export function explainInvalidEmbedUrl(embedUrl: unknown): string | null {
  if (typeof embedUrl !== 'string' || embedUrl.trim() === '') return 'it is empty'
  let url: URL
  try {
    url = new URL(embedUrl)
  } catch {
    return 'it is not an absolute URL'
  }
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return null
  return 'it must use https: (http: is allowed on localhost and 127.0.0.1 only)'
}

/** True when `embedUrl` may be loaded in the panel. */
export function isValidEmbedUrl(embedUrl: unknown): embedUrl is string {
  return explainInvalidEmbedUrl(embedUrl) === null
}

/** The exact origin messages must come from and `EMBED_INIT` is sent to; `null` for an invalid URL. */
export function embedOriginOf(embedUrl: unknown): string | null {
  return isValidEmbedUrl(embedUrl) ? new URL(embedUrl).origin : null
}
