import { type BenchSection, infoRow } from '../report/benchSection'
import { seconds } from '../report/format'
import type { TestTimeResults, TimedCommand } from './measureTestTime'

const outcome = (run: TimedCommand) => (run.exitCode === 0 ? 'passed' : `exit code ${run.exitCode}`)

/** The test-time rows: wall times and the number of model-based paths. */
export function testTimeSection(results: TestTimeResults): BenchSection {
  const rows = [
    infoRow('`npm test` (lint, type-check, every suite), wall time', `${seconds(results.npmTest.ms)} (${outcome(results.npmTest)})`),
    infoRow('model-based suite alone (`npx vitest run tests/model`), wall time', `${seconds(results.modelSuite.ms)} (${outcome(results.modelSuite)})`),
    infoRow('model-based paths', results.paths === null ? 'unknown (docs/test-paths.md has no total)' : String(results.paths)),
  ]
  const notes = [results.npmTest, results.modelSuite]
    .filter((run) => run.exitCode !== 0)
    .map((run) => `\`${run.command}\` did not pass (exit code ${run.exitCode}); its time still counts, its output is in ${run.log}.`)
  return { title: 'tests', rows, notes }
}
