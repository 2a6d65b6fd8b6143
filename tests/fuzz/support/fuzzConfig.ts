import fc from 'fast-check'

/**
 * Seeds and run counts of every property in `tests/fuzz/`, read from the environment:
 * - `FUZZ_SEED`: the seed (default fixed, so `npm test` is reproducible); a failure prints the line to replay it.
 * - `FUZZ_RUNS`: runs per property (default 1 000; `npm run test:fuzz` sets 100 000).
 * - `FUZZ_RUNS_COMPOSABLE`: runs of the composable property, which costs far more per run (default `FUZZ_RUNS`).
 * - `FUZZ_PATH`: replays one shrunk counterexample exactly (printed on failure, use it with `-t`).
 */
export const DEFAULT_FUZZ_SEED = 20_260_601
export const DEFAULT_FUZZ_RUNS = 1_000

function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}=${raw} must be an integer in [${min}, ${max}]`)
  }
  return value
}

// fast-check seeds are 32-bit integers.
export const FUZZ_SEED = intFromEnv('FUZZ_SEED', DEFAULT_FUZZ_SEED, -(2 ** 31), 2 ** 31 - 1)
export const FUZZ_RUNS = intFromEnv('FUZZ_RUNS', DEFAULT_FUZZ_RUNS, 1, 10_000_000)
export const FUZZ_RUNS_COMPOSABLE = intFromEnv('FUZZ_RUNS_COMPOSABLE', FUZZ_RUNS, 1, 10_000_000)
const FUZZ_PATH = process.env.FUZZ_PATH?.trim() || undefined

/** A vitest timeout that grows with the run count: 100 000 runs must not hit a 5 s default. */
export const timeoutFor = (numRuns: number, msPerRun: number) => Math.max(30_000, Math.ceil(numRuns * msPerRun))

/** A test title that matches itself as a `-t` pattern (vitest reads `-t` as a regular expression). */
const asPattern = (title: string) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `fc.assert` with the seed and run count from the environment, whose failure says how to replay it:
 * fast-check's report (seed, path, shrunk counterexample, cause) plus the exact commands.
 */
export async function assertProperty<Ts>(
  title: string,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  numRuns: number,
  /** Counterexamples found before (bugs since fixed), run first on every run. */
  examples: Ts[] = [],
): Promise<void> {
  const details = await fc.check(property as fc.IRawProperty<Ts>, {
    seed: FUZZ_SEED,
    numRuns,
    examples,
    ...(FUZZ_PATH === undefined ? {} : { path: FUZZ_PATH }),
  })
  if (!details.failed) return
  const report = fc.defaultReportMessage(details) ?? 'property failed'
  throw new Error(
    [
      report,
      '',
      `Replay this run: FUZZ_SEED=${details.seed} npm run test:fuzz`,
      `Replay only the shrunk counterexample: FUZZ_SEED=${details.seed} FUZZ_PATH="${details.counterexamplePath ?? ''}" ` +
        `npx vitest run tests/fuzz -t "${asPattern(title)}"`,
    ].join('\n'),
    { cause: details.errorInstance },
  )
}
