import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { build } from 'vite'
import { ROOT } from '../size/bundleSize'

const PAGES_ROOT = fileURLToPath(new URL('../pages/', import.meta.url))
const OUT = join(ROOT, 'node_modules/.cache/ticket-embed-bench/pages')

/** The pages of each site. Each is built alone, so a fresh-frame page loads exactly one script. */
const SITE_PAGES = {
  host: ['host/index.html'],
  embed: ['embed/index.html', 'embed/fresh-raw.html', 'embed/fresh-ours.html', 'embed/fresh-penpal.html', 'sender/index.html'],
} as const

export type BenchSiteName = keyof typeof SITE_PAGES

/** Production builds of the bench pages, one folder per site; returns the folders. */
export async function buildBenchPages(): Promise<Record<BenchSiteName, string>> {
  await rm(OUT, { recursive: true, force: true })
  const dirs = { host: join(OUT, 'host'), embed: join(OUT, 'embed') }
  for (const site of Object.keys(SITE_PAGES) as BenchSiteName[]) {
    for (const page of SITE_PAGES[site]) {
      await build({
        configFile: false,
        logLevel: 'warn',
        root: PAGES_ROOT,
        base: '/',
        plugins: [vue()],
        build: {
          outDir: dirs[site],
          emptyOutDir: false,
          target: 'es2020',
          minify: true,
          // The polyfill would add a script to every page and to every fresh frame's measured span.
          modulePreload: { polyfill: false },
          rolldownOptions: { input: join(PAGES_ROOT, page) },
        },
      })
    }
  }
  return dirs
}
