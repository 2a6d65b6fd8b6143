import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import vue from '@vitejs/plugin-vue'
import { build, type Plugin, type Rolldown } from 'vite'

/** The repository root: entries import the package's sources by absolute path from here. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** Peers of the package: the host app ships them anyway, so they count for nothing here. */
export const PEERS = [/^vue$/, /^pinia$/, /^xstate$/, /^@xstate\//, /^@mekari\//]

const ENTRY_ID = 'bench-size-entry'

/** Serves `code` as the entry module, so an entry needs no file of its own. */
function virtualEntry(code: string): Plugin {
  return {
    name: 'bench-size-entry',
    // Lib mode resolves the entry against `root` first, hence `endsWith`.
    resolveId: (id) => (id.endsWith(ENTRY_ID) ? `\0${ENTRY_ID}` : null),
    load: (id) => (id === `\0${ENTRY_ID}` ? code : null),
  }
}

/** Bytes of one bundle: minified, and minified then gzipped at level 9. */
export interface BundleSize {
  min: number
  gzip: number
}

/**
 * Bundles `code` (an ES module that re-exports what an app would import) the way an app's
 * production build ships it: tree-shaken, minified, `external` left out.
 *
 * Library mode keeps whitespace in ES output, so both `build.minify` and the output's `minify`
 * are set: that is what removes it.
 */
export async function bundleSize(code: string, external: RegExp[] = PEERS): Promise<BundleSize> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    plugins: [vue(), virtualEntry(code)],
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      sourcemap: false,
      lib: { entry: ENTRY_ID, formats: ['es'], fileName: 'entry' },
      rolldownOptions: { external, output: { minify: true } },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput]).flatMap((out) => out.output)
  const js = outputs
    .filter((file): file is Rolldown.OutputChunk => file.type === 'chunk')
    .map((chunk) => chunk.code)
    .join('\n')
  return { min: Buffer.byteLength(js), gzip: gzipSync(js, { level: 9 }).length }
}
