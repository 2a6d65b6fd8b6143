import { existsSync, readFileSync } from 'node:fs'

/** The parts of Stryker's JSON report (mutation-testing-report-schema) this summary reads. */
interface ReportMutant {
  mutatorName: string
  replacement?: string
  status: string
  statusReason?: string
  location: { start: { line: number; column: number } }
}
interface Report {
  files: Record<string, { mutants: ReportMutant[] }>
}

/** One mutant named by where it is and what it changed. */
export interface MutantLine {
  where: string
  mutator: string
  replacement: string
  reason: string
}

export interface GroupScore {
  group: string
  killed: number
  timedOut: number
  survived: number
  noCoverage: number
  /** Marked equivalent with `// Stryker disable … : reason`; excluded from the score. */
  ignored: MutantLine[]
  /** Not run because `MUTATION_IGNORE_STATIC=1` skipped static mutants; excluded from the score. */
  staticSkipped: number
  survivors: MutantLine[]
  /** Killed ÷ (killed + survived + no coverage), timeouts counting as killed (Stryker's score), in %. */
  score: number
  /** The same with every timeout counted as a survivor: the floor when timeouts were not re-run by hand. */
  floor: number
  timeouts: MutantLine[]
  wallSeconds: number | null
}

export const reportDir = (group: string) => `reports/mutation/${group}`

const line = (path: string, mutant: ReportMutant): MutantLine => ({
  where: `${path}:${mutant.location.start.line}`,
  mutator: mutant.mutatorName,
  replacement: (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60),
  reason: mutant.statusReason ?? '',
})

/** Reads a group's last report; `null` when the group has not been run. */
export function readGroupScore(group: string, dir = reportDir(group)): GroupScore | null {
  const file = `${dir}/mutation.json`
  if (!existsSync(file)) return null
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report
  const score: GroupScore = { group, killed: 0, timedOut: 0, survived: 0, noCoverage: 0, ignored: [], staticSkipped: 0, survivors: [], timeouts: [], score: 0, floor: 0, wallSeconds: null }
  for (const [path, { mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      if (mutant.status === 'Killed') score.killed += 1
      else if (mutant.status === 'Timeout') score.timedOut += 1
      else if (mutant.status === 'Survived') score.survived += 1
      else if (mutant.status === 'NoCoverage') score.noCoverage += 1
      else if (mutant.status === 'Ignored' && /static/i.test(mutant.statusReason ?? '')) score.staticSkipped += 1
      else if (mutant.status === 'Ignored') score.ignored.push(line(path, mutant))
      if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') score.survivors.push(line(path, mutant))
      if (mutant.status === 'Timeout') score.timeouts.push(line(path, mutant))
    }
  }
  const detected = score.killed + score.timedOut
  const valid = detected + score.survived + score.noCoverage
  score.score = valid === 0 ? 0 : (100 * detected) / valid
  score.floor = valid === 0 ? 0 : (100 * score.killed) / valid
  const wallFile = `${dir}/wall-time.json`
  if (existsSync(wallFile)) score.wallSeconds = (JSON.parse(readFileSync(wallFile, 'utf8')) as { seconds: number }).seconds
  return score
}
