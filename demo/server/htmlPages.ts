import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

/**
 * Serves fixed HTML pages at exact paths (`/embed/ticket/create` → `embed/index.html`), through
 * Vite's HTML transform, and answers 404 to any other page request. The embed and spoof origins
 * must show exactly their pages: not the host app, not a directory listing.
 *
 * @param pages URL path → absolute path of the HTML file.
 */
export function htmlPages(pages: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'ticket-embed-demo:html-pages',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/'
        const path = url.split('?')[0]!.replace(/\/+$/, '') || '/'
        const file = Object.prototype.hasOwnProperty.call(pages, path) ? pages[path] : undefined
        if (file === undefined) {
          const wantsPage = path.endsWith('.html') || (req.headers.accept ?? '').includes('text/html')
          if (!wantsPage) return next()
          res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
          return void res.end(`Not found. Pages here: ${Object.keys(pages).join(', ')}\n`)
        }
        if (req.method !== 'GET' && req.method !== 'HEAD') return next()
        readFile(file, 'utf8')
          .then((html) => server.transformIndexHtml(url, html, req.originalUrl))
          .then((html) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
            res.end(req.method === 'HEAD' ? undefined : html)
          })
          .catch(next)
      })
    },
  }
}
