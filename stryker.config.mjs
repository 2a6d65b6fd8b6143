// @ts-check
import { readFileSync } from 'node:fs'

/**
 * Mutation testing (docs/mutation.md). `npm run test:mutation` runs one Stryker run per group;
 * `MUTATION_GROUP=protocol npx stryker run` runs one group, with its own report and incremental
 * file, so that working on one group neither waits for nor forgets the others.
 */
/** @type {Record<string, { mutate: string[], tests: string[] }>} */
const GROUPS = JSON.parse(readFileSync(new URL('./scripts/mutation/groups.json', import.meta.url), 'utf8'))
// Barrels and type-only files hold nothing to mutate.
const NOT_CODE = ['!**/index.ts', '!**/types.ts']

const group = process.env.MUTATION_GROUP ?? ''
if (!(group in GROUPS)) {
  throw new Error(`MUTATION_GROUP=${group}: set it to one of ${Object.keys(GROUPS).join(', ')}, or run npm run test:mutation for all`)
}
const out = `reports/mutation/${group}`

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // vitest.mutation.config.ts reads MUTATION_GROUP too: it runs the group's own tests.
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // MUTATION_IGNORE_STATIC=1 skips mutants that only act while a module loads (the machine's
  // config object is one): each costs a full reload and run of the group's tests. Listed apart
  // in the summary, never counted as killed.
  ignoreStatic: process.env.MUTATION_IGNORE_STATIC === '1',
  mutate: [...GROUPS[group].mutate, ...NOT_CODE],
  // Two cores, shared: a mutant's tests may run several times slower than in the dry run, and a
  // survivor that merely ran slowly must not be counted as killed by a timeout.
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  timeoutFactor: 4,
  timeoutMS: 30_000,
  dryRunTimeoutMinutes: 20,
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  reporters: ['html', 'json', 'clear-text', 'progress-append-only'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: 'reports/mutation/.stryker-tmp',
}
