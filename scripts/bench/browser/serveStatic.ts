import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

/**
 * Every response is cross-origin-isolated (COOP + COEP), so `performance.now()` has fine steps in
 * both pages, and may be embedded by the other site (CORP).
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'cross-origin',
} as const

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

export interface StaticServer {
  /** `http://localhost:PORT` or `http://127.0.0.1:PORT`. */
  origin: string
  close(): Promise<void>
}

async function fileFor(dir: string, url: string | undefined): Promise<string | null> {
  const path = normalize(join(dir, decodeURIComponent(new URL(url ?? '/', 'http://x').pathname)))
  if (!path.startsWith(dir + sep)) return null
  const info = await stat(path).catch(() => null)
  return info?.isFile() ? path : null
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

/**
 * Serves the built files of `dir` on a free port. `localhost` listens on both loopbacks (the
 * browser may try `::1` first); the `127.0.0.1` sites on IPv4 only.
 */
export async function serveStatic(dir: string, hostname: 'localhost' | '127.0.0.1'): Promise<StaticServer> {
  const server = createServer((request, response) => {
    void fileFor(dir, request.url).then((file) => {
      if (!file) {
        response.writeHead(404, ISOLATION_HEADERS).end()
        return
      }
      const extension = extname(file)
      response.writeHead(200, {
        ...ISOLATION_HEADERS,
        'Content-Type': TYPES[extension] ?? 'application/octet-stream',
        // Scripts have hashed names: a reloaded frame takes them from the cache, as a returning user's would.
        'Cache-Control': extension === '.html' ? 'no-cache' : 'max-age=31536000, immutable',
      })
      createReadStream(file).pipe(response)
    })
  })
  let port: number
  if (hostname === 'localhost') port = await listen(server, '::').catch(() => listen(server, '127.0.0.1'))
  else port = await listen(server, '127.0.0.1')
  server.keepAliveTimeout = 1000
  return {
    origin: `http://${hostname}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
