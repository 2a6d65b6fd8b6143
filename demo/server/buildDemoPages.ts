import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, type InlineConfig } from 'vite'
import type { DemoUrls } from '../demoUrls'
import { DEMO_ROOT, EMBED_PAGES, embedViteConfig, hostViteConfig, SPOOF_PAGES, spoofViteConfig } from './viteConfigs'

/** One origin's pages as built: where the files are and which URL path shows which page. */
export interface BuiltSite {
  /** The build's folder (`assets/` holds the hashed scripts and styles). */
  outDir: string
  /** URL path → absolute path of the built HTML file. */
  pages: Readonly<Record<string, string>>
  /** The page any other page request gets (the host page is a single-page app); none: 404. */
  fallbackPage?: string
}

/** The three origins' pages, built. */
export interface BuiltDemoPages {
  host: BuiltSite
  embed: BuiltSite
  spoof: BuiltSite
  /** Deletes the build's folder. Idempotent. */
  remove(): Promise<void>
}

/**
 * Builds each page set with its own origin's Vite config, for the demo's real URLs (every page
 * reads them from `__DEMO_CONFIG__`, so the build runs once the ports are known). Sourcemaps and
 * size reports are left out: these files are served to a test browser and deleted afterwards.
 */
async function buildSite(config: InlineConfig, outDir: string, pages: Readonly<Record<string, string>>, root: string): Promise<BuiltSite> {
  const input = Object.fromEntries(Object.values(pages).map((file) => [file.replace(/\/index\.html$|\.html$/, '').replace(/\W+/g, '-'), join(root, file)]))
  await build({
    ...config,
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      // The host page bundles pixel3, and the live statechart's mermaid is a lazy chunk: big on purpose.
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input },
    },
  })
  return { outDir, pages: Object.fromEntries(Object.entries(pages).map(([url, file]) => [url, join(outDir, file)])) }
}

/**
 * Production builds of the host page, the embed's pages and the spoof page, in a temporary
 * folder. A fresh browser context then loads each page as a handful of files instead of the
 * hundreds of modules the dev server transforms and serves one by one.
 */
export async function buildDemoPages(urls: DemoUrls): Promise<BuiltDemoPages> {
  const outRoot = await mkdtemp(join(tmpdir(), 'ticket-embed-demo-'))
  const remove = () => rm(outRoot, { recursive: true, force: true })
  try {
    const hostRoot = join(DEMO_ROOT, 'host')
    const host = await buildSite(hostViteConfig({ urls }), join(outRoot, 'host'), { '/': 'index.html' }, hostRoot)
    const embed = await buildSite(embedViteConfig({ urls }), join(outRoot, 'embed'), EMBED_PAGES, DEMO_ROOT)
    const spoof = await buildSite(spoofViteConfig({ urls }), join(outRoot, 'spoof'), SPOOF_PAGES, DEMO_ROOT)
    let removing: Promise<void> | undefined
    return { host: { ...host, fallbackPage: host.pages['/'] }, embed, spoof, remove: () => (removing ??= remove()) }
  } catch (error) {
    await remove()
    throw error
  }
}
