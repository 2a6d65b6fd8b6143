import { readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { HOST_APP_DIR } from '../../hostApp/hostAppPaths'
import { run } from '../../hostApp/run'

/** What one page of the consumer app ships, gzipped at level 9 file by file. */
export interface PageWeight {
  js: number
  css: number
}

async function gzippedBytes(dir: string, extension: string): Promise<number> {
  const files = (await readdir(dir)).filter((name) => name.endsWith(extension))
  let total = 0
  for (const file of files) total += gzipSync(await readFile(join(dir, file)), { level: 9 }).length
  return total
}

/**
 * Builds one page of examples/host-app alone (`HOST_APP_PAGE`) with the app's own Vite, as the app
 * ships it to production, and weighs its JavaScript and CSS. One page per build, so every chunk in
 * the output is that page's.
 */
export async function buildPage(page: string): Promise<PageWeight> {
  const outDir = join(tmpdir(), `ticket-embed-bench-${page}-${process.pid}`)
  try {
    await run('npx', ['vite', 'build', '--logLevel', 'error'], {
      cwd: HOST_APP_DIR,
      env: {
        ...process.env,
        HOST_APP_PAGE: page,
        HOST_APP_OUT_DIR: outDir,
        VITE_CRM_EMBED_URL: 'https://crm.example.com',
        VITE_CRM_API_URL: 'https://api.crm.example.com',
      },
    })
    const assets = join(outDir, 'assets')
    return { js: await gzippedBytes(assets, '.js'), css: await gzippedBytes(assets, '.css') }
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
}
