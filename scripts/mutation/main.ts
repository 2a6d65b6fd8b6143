import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import GROUPS from './groups.json'
import { formatMutants, formatScoreTable } from './formatSummary'
import { readGroupScore, reportDir, type GroupScore } from './mutationReport'

/**
 * `npm run test:mutation [-- group…] [--summary]`: one Stryker run per group (all four without a
 * name), each with its own report and incremental file under reports/mutation/<group>/, then the
 * score table and the list of survivors and equivalents. `--summary` only prints the last reports.
 * Exits 1 when a group that ran scores under 95 %.
 */
const GOAL = 95

function runGroup(group: string): void {
  const started = performance.now()
  process.stderr.write(`mutation: ${group}…\n`)
  const result = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env: { ...process.env, MUTATION_GROUP: group } })
  if (result.status !== 0) throw new Error(`stryker run for ${group} exited with ${result.status ?? result.signal}`)
  const seconds = Math.round((performance.now() - started) / 1000)
  mkdirSync(reportDir(group), { recursive: true })
  writeFileSync(`${reportDir(group)}/wall-time.json`, JSON.stringify({ seconds, finishedAt: new Date().toISOString() }))
  process.stderr.write(`mutation: ${group} done in ${(seconds / 60).toFixed(1)} min\n`)
}

function main(argv: string[]) {
  const summaryOnly = argv.includes('--summary')
  const names = argv.filter((arg) => !arg.startsWith('--'))
  const unknown = names.filter((name) => !(name in GROUPS))
  if (unknown.length > 0) throw new Error(`unknown group ${unknown.join(', ')}; known: ${Object.keys(GROUPS).join(', ')}`)
  const groups = names.length > 0 ? names : Object.keys(GROUPS)

  if (!summaryOnly) for (const group of groups) runGroup(group)

  const scores = groups.map((group) => readGroupScore(group)).filter((score): score is GroupScore => score !== null)
  console.log(formatScoreTable(scores))
  for (const score of scores) {
    console.log(`\n## ${score.group}\n\n${formatMutants('Survivors', score.survivors)}\n\n${formatMutants('Timed out', score.timeouts)}\n\n${formatMutants('Equivalent', score.ignored)}`)
  }
  const below = scores.filter((score) => score.score < GOAL)
  if (below.length > 0) {
    console.error(`\nunder ${GOAL} %: ${below.map((score) => `${score.group} ${score.score.toFixed(1)} %`).join(', ')}`)
    process.exitCode = 1
  }
}

main(process.argv.slice(2))
