import { createReadStream, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import type { BuiltSite } from './buildDemoPages'
import { chainMiddlewares, type Middleware } from './middleware'
import { precompressedVariant } from './precompressedVariant'
import type { ReadyHandler } from './startingGate'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, method: string, cacheControl: string): void {
  const variant = precompressedVariant(file, req.headers['accept-encoding'])
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cacheControl,
    vary: 'accept-encoding',
    ...(variant.encoding ? { 'content-encoding': variant.encoding } : {}),
  })
  if (method === 'HEAD') return void res.end()
  createReadStream(variant.path).pipe(res)
}

/**
 * The request handler of one origin in built mode: `routes` first (the host's icons and explorer),
 * then the build's hashed files under `/assets/`, then its pages at their exact paths, as the dev
 * server answers them: pages never cached, any other page request the fallback page or a 404 that
 * names the pages (the embed and spoof origins show exactly their pages).
 */
export function serveBuiltSite(site: BuiltSite, routes: readonly Middleware[] = []): ReadyHandler {
  const root = resolve(site.outDir)
  return chainMiddlewares(routes, (req, res) => {
    const method = req.method ?? 'GET'
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!)
    const readable = method === 'GET' || method === 'HEAD'
    if (readable && path.startsWith('/assets/')) {
      const file = resolve(join(root, path))
      // Hashed names: a file's content never changes under its name.
      if (file.startsWith(root + sep) && isFile(file)) return sendFile(req, res, file, method, 'max-age=31536000, immutable')
    }
    const pagePath = path.replace(/\/+$/, '') || '/'
    const page = Object.prototype.hasOwnProperty.call(site.pages, pagePath) ? site.pages[pagePath] : undefined
    const wantsPage = pagePath.endsWith('.html') || (req.headers.accept ?? '').includes('text/html')
    const file = page ?? (wantsPage ? site.fallbackPage : undefined)
    if (readable && file) return sendFile(req, res, file, method, 'no-store')
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end(wantsPage ? `Not found. Pages here: ${Object.keys(site.pages).join(', ')}\n` : 'Not found\n')
  })
}
