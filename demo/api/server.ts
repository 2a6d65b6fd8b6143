import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { DEFAULT_CONTROL } from './control'
import { answerPreflight, applyCors, normaliseOrigins } from './cors'
import { HeldRequests } from './heldRequests'
import { DEFAULT_BODY_LIMIT_BYTES, sendError } from './httpJson'
import { matchRoute } from './matchRoute'
import { RequestLog } from './requestLog'
import { RequestHold } from './requestHold'
import { ROUTES, type ApiContext } from './routes'
import { CrmStore } from './store'

/** Options of {@link createCrmApiServer}. */
export interface CrmApiServerOptions {
  /** Port to listen on; `0` picks a free one (tests). */
  port: number
  /** Origins whose pages may call the API (exact `scheme://host:port`, compared exactly). */
  allowedOrigins: readonly string[]
  /**
   * Interface to bind. Loopback by default: this is a stand-in with test controls, not a service.
   * @default '127.0.0.1'
   */
  host?: string
  /** @default 16384 */
  bodyLimitBytes?: number
  /** Clock for `createdAt` of new tickets. @default () => new Date() */
  now?: () => Date
}

/** A running stand-in API. */
export interface CrmApiServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:5175`. */
  url: string
  port: number
  /** Stops listening and drops open connections (and pending `delayMs` waits). Idempotent. */
  close(): Promise<void>
}

/**
 * Starts the stand-in CRM API: the endpoints the host page and the reference embed call, seeded
 * data, CORS for an allow list, and the fault-injection controls (`/__control`, `/__log`) that the
 * demo's dev drawer and the e2e tests drive.
 */
export async function createCrmApiServer(options: CrmApiServerOptions): Promise<CrmApiServer> {
  const allowedOrigins = normaliseOrigins(options.allowedOrigins)
  const host = options.host ?? '127.0.0.1'
  // Aborted on close, so a request waiting out `delayMs` or a hold does not keep the process alive.
  const lifetime = new AbortController()
  const ctx: ApiContext = {
    store: new CrmStore(options.now ? { now: options.now } : {}),
    settings: { ...DEFAULT_CONTROL },
    log: new RequestLog(200),
    bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
    createHold: new RequestHold(),
    lifetime: lifetime.signal,
    held: new HeldRequests(),
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal-error')
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/'
    const queryStart = rawUrl.indexOf('?')
    const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart)
    const method = req.method ?? 'GET'
    // The log is for the API; the controls and the log itself would only be noise in it.
    if (!rawPath.startsWith('/__')) {
      res.once('finish', () => {
        ctx.log.add({
          at: new Date().toISOString(),
          method,
          path: rawUrl,
          status: res.statusCode,
          ...(req.headers.origin === undefined ? {} : { origin: req.headers.origin }),
        })
      })
    }

    const verdict = applyCors(req, res, allowedOrigins)
    // Refused outright rather than answered without CORS headers: a browser would hide the answer,
    // but a POST would still have changed data.
    if (verdict === 'forbidden') return sendError(res, 403, 'origin-not-allowed')
    if (method === 'OPTIONS') {
      if (verdict === 'allowed') return answerPreflight(res)
      res.writeHead(204, { allow: 'GET, POST, OPTIONS', 'content-length': '0' })
      return void res.end()
    }

    const match = matchRoute(ROUTES, method, rawPath)
    if (!match.ok) return sendError(res, match.status, match.error, match.allow ? { allow: match.allow } : {})

    if (rawPath.startsWith('/v1/') && ctx.settings.delayMs > 0) {
      try {
        await sleep(ctx.settings.delayMs, undefined, { signal: lifetime.signal })
      } catch {
        return void res.destroy()
      }
    }
    const routeName = `${match.route.method} ${match.route.pattern}`
    const held = await ctx.held.intercept(routeName, match.params, req, res, (status) => sendError(res, status, 'injected-failure'))
    if (held === 'answered') return
    await match.route.handle({
      req,
      res,
      params: match.params,
      query: new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1)),
      ctx,
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`

  let closing: Promise<void> | undefined
  return {
    url,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        lifetime.abort()
        ctx.held.clear()
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return closing
    },
  }
}
