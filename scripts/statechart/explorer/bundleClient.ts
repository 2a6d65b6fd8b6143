import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Rolldown } from 'vite'

// From a string, not a `URL`: under jsdom (the drift test) `URL` is jsdom's, which Node refuses.
const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'client/main.ts')

/**
 * The explorer's script as one self-contained classic script: the page's code, the machine, the
 * model's sample events and XState, bundled and minified, so the page runs from `file://` with no
 * network and no module loading. Deterministic for the same sources (the drift test compares it).
 */
export async function bundleExplorerClient(): Promise<string> {
  // Vite's build sets NODE_ENV for the whole process, and reads it to pick packages' builds: under
  // Vitest (NODE_ENV=test) it would bundle XState's development build. Pinned, then put back.
  const nodeEnv = process.env.NODE_ENV
  try {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      resolve: { conditions: ['module', 'browser', 'production'] },
      build: {
        write: false,
        target: 'es2020',
        minify: true,
        sourcemap: false,
        lib: { entry: ENTRY, formats: ['iife'], name: 'statechartExplorer', fileName: () => 'explorer.js' },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]
    const [first] = Array.isArray(output) ? output : [output]
    const chunk = first!.output.find((item) => item.type === 'chunk')
    if (!chunk || chunk.type !== 'chunk') throw new Error('the explorer bundle produced no script')
    // The script is inlined in a <script> element: a literal `</script` would end it early.
    return chunk.code.replace(/<\/script/gi, '<\\/script')
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}
