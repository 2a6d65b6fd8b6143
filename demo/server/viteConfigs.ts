import type { Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { InlineConfig } from 'vite'
import { EMBED_PAGE_PATH, SPOOF_PAGE_PATH, type DemoUrls } from '../demoUrls'
import { serveExplorer } from './explorerRoute'
import { htmlPages } from './htmlPages'
import { devServerRoutes, type Middleware } from './middleware'
import { pixelCss } from './pixelCss'
import { servePixelIcons } from './pixelIcons'

/** The package root: Panda's globs and Vite's caches are relative to it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The demo's folder: the embed and spoof pages are relative to it. */
export const DEMO_ROOT = fileURLToPath(new URL('../', import.meta.url))

/** What every demo server's Vite config is built from. */
export interface DemoViteOptions {
  urls: DemoUrls
  /**
   * The HTTP server the dev server's middleware is mounted on (HMR's WebSocket shares it); left
   * out when the config is used for a production build (`buildDemoPages`).
   */
  httpServer?: Server
  /**
   * Reload pages when files change. Off for tests: no file watchers, nothing reloads mid-test.
   * @default false
   */
  watch?: boolean
}

/** The embed origin's pages: URL path → HTML file, relative to {@link DEMO_ROOT}. */
export const EMBED_PAGES: Readonly<Record<string, string>> = {
  [EMBED_PAGE_PATH]: 'embed/index.html',
  [SPOOF_PAGE_PATH]: 'spoof/index.html',
}

/** The spoof origin's only page, relative to {@link DEMO_ROOT}. */
export const SPOOF_PAGES: Readonly<Record<string, string>> = {
  [SPOOF_PAGE_PATH]: 'spoof/index.html',
}

const absolutePages = (pages: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(pages).map(([url, file]) => [url, `${DEMO_ROOT}${file}`]))

/**
 * Shared by the three servers: no config file (the repo's `vite.config.ts` is the library build),
 * middleware mode on our own loopback server, the demo's URLs as `__DEMO_CONFIG__`, and one
 * dependency cache per server so the three optimizers never write into the same folder.
 */
function base(name: string, options: DemoViteOptions): InlineConfig {
  return {
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    cacheDir: `${PACKAGE_ROOT}node_modules/.vite/demo-${name}`,
    define: { __DEMO_CONFIG__: JSON.stringify(options.urls) },
    server: {
      middlewareMode: true,
      // Always on: Vite's page client expects it, and the dependency optimizer stalls page requests
      // forever when it cannot announce a reload.
      ...(options.httpServer ? { ws: { server: options.httpServer } } : {}),
      ...(options.watch ? {} : { watch: null }),
    },
  }
}

/** The host page's stylesheet: Panda generates pixel3's CSS into it, which takes seconds the first time. */
export const HOST_STYLESHEET_URL = '/host.css'

/**
 * The host server's own routes besides the page: pixel3's icons, served locally, and the
 * statechart explorer at `/explorer/`. The same in dev and built mode.
 */
export function hostRoutes(): Middleware[] {
  return [servePixelIcons, serveExplorer(`${PACKAGE_ROOT}docs/explorer`)]
}

/** The customer-detail page: Vue, pixel3 styles through Panda CSS, icons served locally. */
export function hostViteConfig(options: DemoViteOptions): InlineConfig {
  const shared = base('host', options)
  return {
    ...shared,
    // Transformed in the background as soon as the server is up, so the first visit is quick.
    server: { ...shared.server, warmup: { clientFiles: ['./main.ts', `.${HOST_STYLESHEET_URL}`] } },
    root: `${DEMO_ROOT}host`,
    appType: 'spa',
    plugins: [vue(), devServerRoutes('host-routes', hostRoutes())],
    css: {
      postcss: {
        plugins: [
          pixelCss({
            cwd: PACKAGE_ROOT,
            include: ['./components/**/*.{ts,vue}', './demo/**/*.{ts,vue}', './node_modules/@mekari/**/dist/**/*.{js,mjs}'],
          }),
        ],
      },
    },
  }
}

/**
 * The CRM's side: the create-ticket form at `/embed/ticket/create`, and the forged-message page
 * at `/spoof` (right origin, wrong frame). Plain TypeScript pages with their own CSS.
 */
export function embedViteConfig(options: DemoViteOptions): InlineConfig {
  return {
    ...base('embed', options),
    root: DEMO_ROOT,
    appType: 'custom',
    plugins: [htmlPages(absolutePages(EMBED_PAGES))],
    css: { postcss: {} },
  }
}

/** The third origin: only the forged-message page. */
export function spoofViteConfig(options: DemoViteOptions): InlineConfig {
  return {
    ...base('spoof', options),
    root: DEMO_ROOT,
    appType: 'custom',
    plugins: [htmlPages(absolutePages(SPOOF_PAGES))],
    css: { postcss: {} },
  }
}
