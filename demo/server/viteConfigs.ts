import type { Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import type { InlineConfig } from 'vite'
import { EMBED_PAGE_PATH, SPOOF_PAGE_PATH, type DemoUrls } from '../demoUrls'
import { explorerRoute } from './explorerRoute'
import { htmlPages } from './htmlPages'
import { pixelCss } from './pixelCss'
import { localPixelIcons } from './pixelIcons'

/** The package root: Panda's globs and Vite's caches are relative to it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DEMO_ROOT = fileURLToPath(new URL('../', import.meta.url))

/** What every demo server's Vite config is built from. */
export interface DemoViteOptions {
  urls: DemoUrls
  /** The HTTP server the Vite middleware is mounted on (HMR's WebSocket shares it). */
  httpServer: Server
  /** Reload pages when files change. Off for tests: no file watchers, nothing reloads mid-test. */
  watch: boolean
}

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
      ws: { server: options.httpServer },
      ...(options.watch ? {} : { watch: null }),
    },
  }
}

/** The host page's stylesheet: Panda generates pixel3's CSS into it, which takes seconds the first time. */
export const HOST_STYLESHEET_URL = '/host.css'

/** The customer-detail page: Vue, pixel3 styles through Panda CSS, icons served locally. */
export function hostViteConfig(options: DemoViteOptions): InlineConfig {
  const shared = base('host', options)
  return {
    ...shared,
    // Transformed in the background as soon as the server is up, so the first visit is quick.
    server: { ...shared.server, warmup: { clientFiles: ['./main.ts', `.${HOST_STYLESHEET_URL}`] } },
    root: `${DEMO_ROOT}host`,
    appType: 'spa',
    plugins: [vue(), localPixelIcons(), explorerRoute(`${PACKAGE_ROOT}docs/explorer`)],
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
    plugins: [htmlPages({ [EMBED_PAGE_PATH]: `${DEMO_ROOT}embed/index.html`, [SPOOF_PAGE_PATH]: `${DEMO_ROOT}spoof/index.html` })],
    css: { postcss: {} },
  }
}

/** The third origin: only the forged-message page. */
export function spoofViteConfig(options: DemoViteOptions): InlineConfig {
  return {
    ...base('spoof', options),
    root: DEMO_ROOT,
    appType: 'custom',
    plugins: [htmlPages({ [SPOOF_PAGE_PATH]: `${DEMO_ROOT}spoof/index.html` })],
    css: { postcss: {} },
  }
}
