// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuiltSite } from '../../demo/server/buildDemoPages'
import type { Middleware } from '../../demo/server/middleware'
import { serveBuiltSite } from '../../demo/server/serveBuiltSite'

/**
 * The built pages are served as the dev server serves them: the same pages at the same paths,
 * 404 for any other page on the embed and spoof origins, the host page for any page path of the
 * host, the host's own routes first, and nothing outside the build's folder.
 */

let folder: string
const servers: Server[] = []

function listen(handler: ReturnType<typeof serveBuiltSite>): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))
}

const page = (url: string, method = 'GET') => fetch(url, { method, headers: { accept: 'text/html' } })

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'built-site-'))
  mkdirSync(join(folder, 'site', 'assets'), { recursive: true })
  mkdirSync(join(folder, 'site', 'embed'), { recursive: true })
  writeFileSync(join(folder, 'site', 'assets', 'embed-abc123.js'), 'console.log(1)\n')
  writeFileSync(join(folder, 'site', 'embed', 'index.html'), '<!doctype html><title>form</title>\n')
  writeFileSync(join(folder, 'site', 'index.html'), '<!doctype html><title>host</title>\n')
  writeFileSync(join(folder, 'secret.txt'), 'outside the build\n')
})

afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve))
  rmSync(folder, { recursive: true, force: true })
})

describe('serveBuiltSite', () => {
  it('serves the pages at their exact paths, uncached, and 404 for any other page', async () => {
    const site: BuiltSite = { outDir: join(folder, 'site'), pages: { '/embed/ticket/create': join(folder, 'site', 'embed', 'index.html') } }
    const origin = await listen(serveBuiltSite(site))

    const form = await page(`${origin}/embed/ticket/create?contact=cus-1001`)
    expect(form.status).toBe(200)
    expect(form.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(form.headers.get('cache-control')).toBe('no-store')
    expect(await form.text()).toContain('<title>form</title>')
    expect((await page(`${origin}/embed/ticket/create/`)).status).toBe(200)
    expect(await (await page(`${origin}/embed/ticket/create`, 'HEAD')).text()).toBe('')

    const other = await page(`${origin}/__paths-forged`)
    expect(other.status).toBe(404)
    expect(await other.text()).toBe('Not found. Pages here: /embed/ticket/create\n')
    expect((await page(`${origin}/index.html`)).status).toBe(404)
    expect((await page(`${origin}/embed/ticket/create`, 'POST')).status).toBe(404)
  })

  it('serves hashed assets for a year, and nothing outside the build folder', async () => {
    const origin = await listen(serveBuiltSite({ outDir: join(folder, 'site'), pages: {} }))

    const asset = await fetch(`${origin}/assets/embed-abc123.js`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(asset.headers.get('cache-control')).toBe('max-age=31536000, immutable')
    expect(await asset.text()).toBe('console.log(1)\n')

    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404)
    expect((await fetch(`${origin}/assets/..%2F..%2Fsecret.txt`)).status).toBe(404)
    expect((await fetch(`${origin}/assets/%2E%2E/index.html`)).status).toBe(404)
  })

  it('answers the host page for any page path, after the host routes', async () => {
    const route: Middleware = (req, res, next) => {
      if (!req.url?.startsWith('/__route/')) return next()
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end('from the route\n')
    }
    const index = join(folder, 'site', 'index.html')
    const origin = await listen(serveBuiltSite({ outDir: join(folder, 'site'), pages: { '/': index }, fallbackPage: index }, [route]))

    expect(await (await page(`${origin}/?contact=cus-1002&drawer=closed`)).text()).toContain('<title>host</title>')
    expect(await (await page(`${origin}/customers/cus-1002`)).text()).toContain('<title>host</title>')
    expect(await (await fetch(`${origin}/__route/x`)).text()).toBe('from the route\n')
    // Not a page request: no page in its place.
    expect((await fetch(`${origin}/favicon.ico`)).status).toBe(404)
  })
})
