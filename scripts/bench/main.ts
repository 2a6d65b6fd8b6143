import { demoFloodSection } from './flood/demoFloodSection'
import { floodSection } from './flood/floodSection'
import { measureDemoFlood } from './flood/measureDemoFlood'
import { measureFlood } from './flood/measureFlood'
import { handshakeSection } from './handshake/handshakeSection'
import { latencySection } from './latency/latencySection'
import { measureLatency } from './latency/measureLatency'
import { measureHandshake } from './handshake/measureHandshake'
import { leakSection } from './leak/leakSection'
import { measureLeak } from './leak/measureLeak'
import type { BenchSection } from './report/benchSection'
import { formatTable } from './report/formatTable'
import { machineInfo } from './report/machineInfo'
import { mergeIntoBenchmarksDoc, writeBenchmarksDoc } from './report/writeBenchmarksDoc'
import { runSize } from './size/runSize'
import { measureTestTime } from './testTime/measureTestTime'
import { testTimeSection } from './testTime/testTimeSection'

/** What the command line may set for the benchmarks that take it. */
interface BenchOptions {
  /** `--runs N`: repetitions, for a quick check (latency: runs of each strategy). */
  runs?: number
}

/** Each benchmark by the name its `npm run bench:<name>` script passes; some report more than one section. */
const BENCHMARKS: Record<string, (options: BenchOptions) => Promise<BenchSection | BenchSection[]>> = {
  size: runSize,
  handshake: async () => handshakeSection(await measureHandshake()),
  // The bench page (the package alone), then the real demo page with its dev drawer open.
  flood: async () => [floodSection(await measureFlood()), demoFloodSection(await measureDemoFlood())],
  leak: async () => leakSection(await measureLeak()),
  tests: async () => testTimeSection(await measureTestTime()),
  // The waits an agent feels, in a browser on a slowed network: minutes, so only when asked for.
  latency: async ({ runs }) => latencySection(await measureLatency({ runs })),
}

/** Benchmarks a bare `npm run bench` leaves out: they take long, and are run by their own script. */
const ON_REQUEST = new Set(['latency'])

/** Splits `--runs N` off the arguments. */
function readOptions(argv: readonly string[]): { options: BenchOptions; rest: string[] } {
  const at = argv.indexOf('--runs')
  if (at < 0) return { options: {}, rest: [...argv] }
  const runs = Number(argv[at + 1])
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number ≥ 1, got ${argv[at + 1]}`)
  return { options: { runs }, rest: [...argv.slice(0, at), ...argv.slice(at + 2)] }
}

/**
 * `tsx scripts/bench/main.ts [name…] [--write] [--runs N]`: runs the named benchmarks (without a name, all but `latency`),
 * prints one table, and with `--write` records it in `docs/benchmarks.md` (named benchmarks replace
 * only their own rows and notes there).
 */
async function main(argv: string[]) {
  const { options, rest } = readOptions(argv)
  const write = rest.includes('--write')
  const names = rest.filter((arg) => arg !== '--write')
  const unknown = names.filter((name) => !(name in BENCHMARKS))
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`)

  const sections: BenchSection[] = []
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS).filter((known) => !ON_REQUEST.has(known))) {
    const started = performance.now()
    process.stderr.write(`bench: ${name}…\n`)
    sections.push(...[await BENCHMARKS[name]!(options)].flat())
    process.stderr.write(`bench: ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  }

  const machine = machineInfo()
  console.log(`\n${machine.date} · ${machine.cpu} (${machine.cores} cores) · ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.chromium}\n`)
  console.log(formatTable(sections))
  const notes = sections.flatMap((section) => section.notes.map((note) => `- ${section.title}: ${note}`))
  if (notes.length > 0) console.log(`\n${notes.join('\n')}`)
  // Some benchmarks only: their rows replace theirs in the document, the others stay.
  if (write) console.log(`\nwrote ${names.length > 0 ? await mergeIntoBenchmarksDoc(sections, machine) : await writeBenchmarksDoc(sections, machine)}`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
