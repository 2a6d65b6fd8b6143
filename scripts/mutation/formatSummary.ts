import type { GroupScore, MutantLine } from './mutationReport'

const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/`/g, "'")
const minutes = (seconds: number | null) => (seconds === null ? '' : `${(seconds / 60).toFixed(1)} min`)

/** The score table, one row per group. */
export function formatScoreTable(scores: readonly GroupScore[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.group} | ${s.score.toFixed(1)} % | ${s.floor.toFixed(1)} % | ${s.killed} | ${s.timedOut} | ${s.survived} | ${s.noCoverage} | ${s.ignored.length} | ${s.staticSkipped || ''} | ${minutes(s.wallSeconds)} |`,
  )
  return [
    '| group | score | score if every timeout survived | killed | timed out | survived | no coverage | equivalent (excluded) | static, not run | wall time |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n')
}

/** A list of mutants with where they are, what they changed and, for equivalents, why. */
export function formatMutants(title: string, mutants: readonly MutantLine[]): string {
  if (mutants.length === 0) return `${title}: none.`
  return [
    `${title}:`,
    '',
    '| where | mutator | replacement | reason |',
    '|---|---|---|---|',
    ...mutants.map((m) => `| ${m.where} | ${m.mutator} | \`${escape(m.replacement)}\` | ${escape(m.reason)} |`),
  ].join('\n')
}
