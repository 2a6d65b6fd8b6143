import { createReadStream, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import type { Middleware } from './middleware'

/** Where `npm start` serves the statechart explorer on the host origin. */
export const EXPLORER_URL_PATH = '/explorer/'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
}

/**
 * Serves `docs/explorer/` (the page, the committed screenshots and the last run's) at
 * `/explorer/` of the host page, read-only, no directory listing, nothing outside that folder.
 */
export function serveExplorer(explorerDir: string): Middleware {
  const root = resolve(explorerDir)
  return (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!)
    if (path === EXPLORER_URL_PATH.slice(0, -1)) {
      // The page's screenshots are relative to it: it must be read from the folder's URL.
      res.writeHead(301, { location: EXPLORER_URL_PATH })
      return void res.end()
    }
    if (!path.startsWith(EXPLORER_URL_PATH)) return next()
    const relative = path.slice(EXPLORER_URL_PATH.length) || 'index.html'
    const file = resolve(join(root, relative))
    const type = TYPES[extname(file)]
    const isFile = (() => {
      try {
        return statSync(file).isFile()
      } catch {
        return false
      }
    })()
    if (!file.startsWith(root + sep) || !type || !isFile || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      return void res.end('Not found\n')
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
    if (req.method === 'HEAD') return void res.end()
    createReadStream(file).pipe(res)
  }
}
