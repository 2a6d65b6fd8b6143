import { fileURLToPath } from 'node:url'
import { build, type Rolldown } from 'vite'

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url))

/**
 * The explorer's script as one self-contained classic script: the page's code, the machine, the
 * model's sample events and XState, bundled and minified, so the page runs from `file://` with no
 * network and no module loading. Deterministic for the same sources (the drift test compares it).
 */
export async function bundleExplorerClient(): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
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
}
