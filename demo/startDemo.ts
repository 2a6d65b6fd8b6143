import { createServer as createHttpServer } from 'node:http'
import { createServer as createViteServer, type InlineConfig, type ViteDevServer } from 'vite'
import { createCrmApiServer } from './api/server'
import { DEFAULT_DEMO_PORTS, demoUrlsFor, type DemoPorts, type DemoUrls } from './demoUrls'
import { buildDemoPages, type BuiltDemoPages } from './server/buildDemoPages'
import { listenOnLoopback } from './server/listenOnLoopback'
import { serveBuiltSite } from './server/serveBuiltSite'
import { createStartingGate } from './server/startingGate'
import { embedViteConfig, HOST_STYLESHEET_URL, hostRoutes, hostViteConfig, spoofViteConfig, type DemoViteOptions } from './server/viteConfigs'

/** Options of {@link startDemo}: any port left out takes its default; `0` picks a free one. */
export interface StartDemoOptions extends Partial<DemoPorts> {
  /**
   * How the pages are served. `'dev'`: Vite's dev server, each module transformed on request, with
   * HMR. `'built'`: a production build of every page, made once at start-up (seconds), then served
   * as static files by the same servers at the same URLs; a fresh browser context then loads a page
   * as a few files instead of hundreds of modules (the browser path run opens one per path).
   * `watch` and `warmUp` apply to `'dev'` only.
   * @default 'dev'
   */
  pages?: 'dev' | 'built'
  /**
   * Watch the files and reload the pages on change (HMR). Tests turn it off.
   * @default true
   */
  watch?: boolean
  /**
   * Resolve only once the host page's styles are generated (several seconds on a cold start), so
   * the first page load is as quick as the next ones. Tests want it; `npm start` prints first.
   * @default false
   */
  warmUp?: boolean
  /**
   * Host origins the form and the API trust besides the demo's own host page (an app of one's own).
   * @default []
   */
  trustedHostOrigins?: readonly string[]
  /**
   * Built pages only: changes the built files before they are served, e.g. adds weight to the
   * embed page or writes precompressed siblings (`.br`, `.gz`) that are then sent to browsers that
   * accept them. The latency bench uses it; `npm start` never does.
   */
  prepareBuiltPages?: (pages: BuiltDemoPages) => Promise<void>
  /**
   * Called once every server listens, before Vite is attached to them. A request made in that
   * window is answered `503` with a page that reloads itself (never left hanging); `startDemo`
   * waits for the returned promise, which lets a test hold the window open. `npm start` uses it to
   * say where the demo is coming up.
   */
  onListening?: (urls: DemoUrls) => void | Promise<void>
}

/** A running demo. */
export interface RunningDemo {
  urls: DemoUrls
  /** Stops every server (Vite, the pages' HTTP servers, the API). Idempotent. */
  close(): Promise<void>
}

type Closer = () => Promise<void>

function runningDemo(urls: DemoUrls, closeAll: Closer): RunningDemo {
  let closing: Promise<void> | undefined
  return { urls, close: () => (closing ??= closeAll()) }
}

/**
 * Starts the whole demo in this process: the customer-detail page (`http://localhost:HOST`), the
 * reference CRM embed (`http://127.0.0.1:EMBED`, another site, so Chromium runs it in its own
 * process), the stand-in CRM API (`http://127.0.0.1:API`, which lets the host and embed origins
 * call it) and the spoof page (`http://localhost:SPOOF`, a third origin).
 *
 * Every server listens before any Vite is created: with port `0` the real ports are only known
 * then, and each page is told every origin through `__DEMO_CONFIG__`.
 *
 * @example
 * const demo = await startDemo({ hostPort: 0, embedPort: 0, apiPort: 0, spoofPort: 0, watch: false })
 * await page.goto(demo.urls.host)
 * await demo.close()
 */
export async function startDemo(options: StartDemoOptions = {}): Promise<RunningDemo> {
  const ports: DemoPorts = {
    hostPort: options.hostPort ?? DEFAULT_DEMO_PORTS.hostPort,
    embedPort: options.embedPort ?? DEFAULT_DEMO_PORTS.embedPort,
    apiPort: options.apiPort ?? DEFAULT_DEMO_PORTS.apiPort,
    spoofPort: options.spoofPort ?? DEFAULT_DEMO_PORTS.spoofPort,
  }
  // Closed in reverse order of start: Vite before the server it is mounted on.
  const closers: Closer[] = []
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined)
  }

  try {
    // Each server answers from its first connection on: "starting" until its Vite is attached.
    const hostGate = createStartingGate()
    const embedGate = createStartingGate()
    const spoofGate = createStartingGate()
    const hostHttp = createHttpServer(hostGate.handle)
    const embedHttp = createHttpServer(embedGate.handle)
    const spoofHttp = createHttpServer(spoofGate.handle)
    // `localhost` pages answer on IPv4 and IPv6 loopback; the embed is only ever `127.0.0.1`.
    const host = await listenOnLoopback(hostHttp, ports.hostPort, { dualStack: true, name: 'HOST_PORT' })
    closers.push(host.close)
    const embed = await listenOnLoopback(embedHttp, ports.embedPort, { dualStack: false, name: 'EMBED_PORT' })
    closers.push(embed.close)
    const spoof = await listenOnLoopback(spoofHttp, ports.spoofPort, { dualStack: true, name: 'SPOOF_PORT' })
    closers.push(spoof.close)

    const trustedHostOrigins = options.trustedHostOrigins ?? []
    const pageUrls = demoUrlsFor({ ...ports, hostPort: host.port, embedPort: embed.port, spoofPort: spoof.port })
    const api = await createCrmApiServer({
      port: ports.apiPort,
      host: '127.0.0.1',
      allowedOrigins: [pageUrls.hostOrigin, pageUrls.embedOrigin, ...trustedHostOrigins],
    }).catch((error: unknown) => {
      const inUse = (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE'
      throw inUse ? new Error(`port ${ports.apiPort} is already in use on 127.0.0.1: set API_PORT to another port`) : error
    })
    closers.push(api.close)

    const urls: DemoUrls = {
      ...demoUrlsFor({ hostPort: host.port, embedPort: embed.port, apiPort: api.port, spoofPort: spoof.port }),
      trustedHostOrigins,
    }
    await options.onListening?.(urls)
    if (options.pages === 'built') {
      const built = await buildDemoPages(urls)
      closers.push(built.remove)
      await options.prepareBuiltPages?.(built)
      hostGate.open(serveBuiltSite(built.host, hostRoutes()))
      embedGate.open(serveBuiltSite(built.embed))
      spoofGate.open(serveBuiltSite(built.spoof))
      return runningDemo(urls, closeAll)
    }
    const watch = options.watch ?? true
    const mount = async (httpServer: typeof hostHttp, gate: typeof hostGate, config: (o: DemoViteOptions) => InlineConfig) => {
      const vite: ViteDevServer = await createViteServer(config({ urls, httpServer, watch }))
      closers.push(() => vite.close())
      gate.open(vite.middlewares)
      return vite
    }
    const hostVite = await mount(hostHttp, hostGate, hostViteConfig)
    await mount(embedHttp, embedGate, embedViteConfig)
    await mount(spoofHttp, spoofGate, spoofViteConfig)
    if (options.warmUp) await hostVite.warmupRequest(HOST_STYLESHEET_URL)
    return runningDemo(urls, closeAll)
  } catch (error) {
    await closeAll()
    throw error
  }
}
