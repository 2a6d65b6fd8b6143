import type { IncomingMessage, ServerResponse } from 'node:http'

/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600'

/**
 * Turns configured origins into exact `scheme://host:port` strings (a trailing slash or path is
 * dropped); anything that is not an http(s) origin is a configuration error.
 */
export function normaliseOrigins(origins: readonly string[]): Set<string> {
  return new Set(
    origins.map((value) => {
      let url: URL
      try {
        url = new URL(value.trim())
      } catch {
        throw new TypeError(`invalid allowed origin "${value}"`)
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`invalid allowed origin "${value}"`)
      return url.origin
    }),
  )
}

/** `'none'`: no `Origin` header (curl, server-to-server); `'allowed'`; `'forbidden'`. */
export type OriginVerdict = 'none' | 'allowed' | 'forbidden'

/**
 * Sets the CORS response headers for an exact-match allow list and says what to do with the
 * request. `Vary: Origin` goes on every answer, or a cache could serve one origin's answer to another.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: ReadonlySet<string>): OriginVerdict {
  res.setHeader('vary', 'Origin')
  const origin = req.headers.origin
  if (origin === undefined) return 'none'
  if (!allowed.has(origin)) return 'forbidden'
  res.setHeader('access-control-allow-origin', origin)
  return 'allowed'
}

/** Answers an allowed preflight: GET and POST with a JSON body, nothing else. */
export function answerPreflight(res: ServerResponse): void {
  res.setHeader('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers')
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': 'content-type',
    'access-control-max-age': PREFLIGHT_MAX_AGE,
    'content-length': '0',
  })
  res.end()
}
