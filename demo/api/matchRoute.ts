import { isValidId } from '../../protocol/fields'
import type { Route } from './routes'

/** Outcome of {@link matchRoute}; the failures carry the status and `{ error }` to answer with. */
export type RouteMatch =
  | { ok: true; route: Route; params: Record<string, string> }
  | { ok: false; status: 400 | 404 | 405; error: string; allow?: string }

/**
 * Finds the route for a raw request path. The path is split *before* decoding and never
 * normalised, so `..%2Fx` stays one segment (`../x`), fails the id check and answers 400, instead
 * of being resolved into some other route.
 */
export function matchRoute(routes: readonly Route[], method: string, rawPath: string): RouteMatch {
  let segments: string[]
  try {
    segments = rawPath.split('/').map(decodeURIComponent)
  } catch {
    return { ok: false, status: 400, error: 'bad-path' }
  }
  const methods: string[] = []
  for (const route of routes) {
    const params = matchPattern(route.pattern.split('/'), segments)
    if (params === undefined) continue
    if (route.method !== method) {
      methods.push(route.method)
      continue
    }
    for (const [name, value] of Object.entries(params)) {
      if (!isValidId(value)) return { ok: false, status: 400, error: `bad-id:${name}` }
    }
    return { ok: true, route, params }
  }
  return methods.length > 0
    ? { ok: false, status: 405, error: 'method-not-allowed', allow: [...methods, 'OPTIONS'].join(', ') }
    : { ok: false, status: 404, error: 'not-found' }
}

function matchPattern(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined
  // A null-prototype object: a parameter named like `__proto__` cannot reach Object.prototype.
  const params = Object.create(null) as Record<string, string>
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i]!
    const actual = segments[i]!
    if (expected.startsWith(':')) params[expected.slice(1)] = actual
    else if (expected !== actual) return undefined
  }
  return params
}
