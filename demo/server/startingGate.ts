import type { IncomingMessage, ServerResponse } from 'node:http'

/** Handles a request once the server is ready (Vite's middleware stack). */
export type ReadyHandler = (req: IncomingMessage, res: ServerResponse) => void

/** The request handler of a demo server that listens before its Vite is ready. */
export interface StartingGate {
  /** Give this to the HTTP server at once, before it listens. */
  handle: ReadyHandler
  /** From now on every request goes to `handler`. */
  open(handler: ReadyHandler): void
}

/** Seconds the "starting" page and `Retry-After` ask the client to wait before asking again. */
export const STARTING_RETRY_SECONDS = 1

const STARTING_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="${STARTING_RETRY_SECONDS}">
<title>Starting…</title>
</head>
<body>
<p>The ticket-embed demo is starting. This page reloads itself in a second.</p>
</body>
</html>
`

/**
 * Answers every request while the demo starts, so that none hangs: the server listens first (its
 * port must be known before any Vite is configured with the demo's URLs), and Vite attaches its
 * middleware only later. In that window a request gets `503` with `Retry-After` and a page that
 * reloads itself; once {@link StartingGate.open} is called, requests go to Vite. A server that
 * had no request listener yet would accept the connection and never answer it. If start-up fails,
 * the servers are closed: a request is then refused, not left waiting.
 */
export function createStartingGate(): StartingGate {
  let ready: ReadyHandler | undefined
  return {
    handle(req, res) {
      if (ready) return ready(req, res)
      res.writeHead(503, {
        'content-type': 'text/html; charset=utf-8',
        'retry-after': String(STARTING_RETRY_SECONDS),
        'cache-control': 'no-store',
      })
      res.end(req.method === 'HEAD' ? undefined : STARTING_PAGE)
    },
    open(handler) {
      ready = handler
    },
  }
}
