import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** A static server on `http://localhost:<free port>`; what it serves is set once the app is built. */
export interface BuiltAppServer {
  origin: string
  /** Serves `dir` from now on, every answer with `headers`. */
  serve(dir: string, headers: Record<string, string>): void
  close(): Promise<void>
}

/**
 * Listens first (the demo must know the app's origin before it starts, and the app is built with
 * the demo's URLs), serves the built files afterwards. `localhost` on both loopbacks.
 */
export async function listenForBuiltApp(): Promise<BuiltAppServer> {
  let root: string | null = null
  let headers: Record<string, string> = {}
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const path = root && normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname))
    const file = path && path.startsWith(root + sep) ? path : null
    void (file ? stat(file).catch(() => null) : Promise.resolve(null)).then((info) => {
      if (!file || !info?.isFile()) return void response.writeHead(404).end()
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      createReadStream(file).pipe(response)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '::', () => resolve())
  })
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    serve(dir, nextHeaders) {
      root = dir
      headers = nextHeaders
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
