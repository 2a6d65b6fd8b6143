import type { IncomingMessage, ServerResponse } from 'node:http'

/** Largest JSON body accepted, in bytes; a ticket form needs far less. */
export const DEFAULT_BODY_LIMIT_BYTES = 16 * 1024

/** Writes `body` as JSON. `no-store` and `nosniff` because every answer is per-user, live data. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    ...(text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  })
  res.end(text)
}

/** Writes `{ error }` with `status`. */
export function sendError(res: ServerResponse, status: number, error: string, headers?: Record<string, string>): void {
  sendJson(res, status, { error }, headers)
}

/** Outcome of {@link readJsonBody}: the parsed value, or the status and reason to answer with. */
export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string }

/**
 * Reads a JSON request body of at most `limit` bytes. Only `application/json` is accepted: that
 * content type forces a CORS preflight, so a page on a foreign origin cannot fire a "simple"
 * cross-site POST that changes data.
 */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<JsonBodyResult> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') return Promise.resolve({ ok: false, status: 415, error: 'unsupported-media-type' })
  const declared = Number(req.headers['content-length'])
  // Refuse before reading when the client announced too much.
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge(req))
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (result: JsonBodyResult) => {
      if (done) return
      done = true
      req.off('data', onData)
      resolve(result)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) finish(tooLarge(req))
      else chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('error', () => finish({ ok: false, status: 400, error: 'unreadable-body' }))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      try {
        finish({ ok: true, value: JSON.parse(text) as unknown })
      } catch {
        finish({ ok: false, status: 400, error: 'invalid-json' })
      }
    })
  })
}

function tooLarge(req: IncomingMessage): JsonBodyResult {
  // Drain without keeping the bytes, so the 413 can still be written to the socket.
  req.resume()
  return { ok: false, status: 413, error: 'body-too-large' }
}
