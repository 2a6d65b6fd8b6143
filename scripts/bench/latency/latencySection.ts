import { type BenchRow, type BenchSection, goalRow, infoRow } from '../report/benchSection'
import { bytes } from '../report/format'
import { quantile } from '../report/stats'
import type { EmbedLoad } from './hostFlows'
import type { LatencyResults } from './measureLatency'
import { formatSpan, spanSummary, type SpanKey } from './spanSummary'
import { BASELINE, STRATEGIES } from './strategies'

/** The goals, on medians of one run. */
export const GOALS = {
  /** First open → usable with the menu open ≥ 300 ms before the click, as a fraction of the baseline's. */
  firstOpenRatio: 0.6,
  /** Second open → usable (ms). */
  secondOpenMs: 150,
  /** Submit → listed when the CRM links the ticket itself: one round trip (ms). */
  listedAutoMs: 150,
} as const

type Goal = { label: string; isMet(median: number, baselineMedian: number): boolean; howFar(median: number, baselineMedian: number): string }

interface Scenario {
  key: SpanKey
  figure: string
  goal?: Goal
  /** Strategies whose row carries the goal: the one built for it, and the defaults. */
  goalFor?: readonly string[]
  /** Only these strategies get a row (all when left out), without a ratio: the baseline has no such part. */
  only?: readonly string[]
}

const msGoal = (limit: number): Goal => ({
  label: `≤ ${limit} ms`,
  isMet: (median) => median <= limit,
  howFar: (median) => `${Math.round(median - limit)} ms over`,
})

const SCENARIOS: readonly Scenario[] = [
  {
    key: 'firstOpenMs',
    figure: 'first open → usable',
    goal: {
      label: `≤ ${GOALS.firstOpenRatio}× baseline`,
      isMet: (median, base) => median <= GOALS.firstOpenRatio * base,
      howFar: (median, base) => `${(median / base).toFixed(2)}× the baseline, ${Math.round(median - GOALS.firstOpenRatio * base)} ms over`,
    },
    goalFor: ['preload (+preconnect)', 'defaults'],
  },
  { key: 'secondOpenMs', figure: 'second open → usable (same customer, after a ticket)', goal: msGoal(GOALS.secondOpenMs), goalFor: ['keepFrame', 'defaults'] },
  { key: 'secondOpenInitMs', figure: 'second open: click → EMBED_INIT reaching the form', only: ['keepFrame', 'defaults'] },
  { key: 'otherCustomerOpenMs', figure: 'open for another customer → usable' },
  { key: 'listedAutoMs', figure: 'submit → listed (the CRM links)', goal: msGoal(GOALS.listedAutoMs), goalFor: ['optimisticList', 'defaults'] },
  { key: 'confirmedAutoMs', figure: 'submit → row confirmed by the re-fetch (the CRM links)', only: ['optimisticList', 'defaults'] },
  { key: 'listedFallbackMs', figure: 'submit → listed (fallback link)' },
]

const median = (values: readonly number[]) => quantile(values, 0.5)

function scenarioRows(results: LatencyResults, scenario: Scenario, notes: string[]): BenchRow[] {
  const base = spanSummary(results.runs, BASELINE, scenario.key).median
  return STRATEGIES.filter((strategy) => !scenario.only || scenario.only.includes(strategy.name)).map((strategy) => {
    const summary = spanSummary(results.runs, strategy.name, scenario.key)
    const figure = `${scenario.figure} · ${strategy.name}`
    const value = formatSpan(summary, strategy.name === BASELINE || scenario.only ? null : base)
    const goal = scenario.goal
    if (!goal || !scenario.goalFor?.includes(strategy.name)) return infoRow(figure, value)
    const met = summary.n > 0 && goal.isMet(summary.median, base)
    if (!met) notes.push(`${figure}: goal ${goal.label} not met, ${summary.n > 0 ? goal.howFar(summary.median, base) : 'no run reached it'}.`)
    return goalRow(figure, value, goal.label, met)
  })
}

function loadsRow(results: LatencyResults, strategy: string): BenchRow {
  const counts = results.associate.filter((a) => a.strategy === strategy && a.documentLoads !== undefined).map((a) => a.documentLoads!)
  const value = counts.length === 0 ? 'no run' : Math.min(...counts) === Math.max(...counts) ? `${counts[0]}` : `${Math.min(...counts)}–${Math.max(...counts)}`
  return infoRow(`embed page loads for "+" → "Associate existing" · ${strategy}`, `${value} (${counts.length} page loads)`)
}

/** The latency rows: every span per strategy, the page loads of a menu opened for the other item, and the checks of the setup. */
export function latencySection(results: LatencyResults): BenchSection {
  const notes: string[] = []
  const rows = SCENARIOS.flatMap((scenario) => scenarioRows(results, scenario, notes))
  rows.push(...STRATEGIES.map((strategy) => loadsRow(results, strategy.name)))

  const loads = results.runs.flatMap((run) => (run.firstLoad ? [run.firstLoad] : []))
  const documentMs = median(loads.map((load) => load.documentMs))
  const emulated = results.network.latencyMs
  rows.push(goalRow('network emulation reaches the embed frame: its document, request → response end (median)', `${Math.round(documentMs)} ms`, `≥ ${emulated} ms`, documentMs >= emulated))
  rows.push(infoRow('targets slowed through CDP (pages / out-of-process iframes)', `${results.throttled.page ?? 0} / ${results.throttled.iframe ?? 0}`))
  const dwell = results.runs.flatMap((run) => run.dwellMs)
  const minDwell = dwell.length > 0 ? Math.min(...dwell) : Number.NaN
  rows.push(goalRow('"+" menu open before the click (median, least)', `${Math.round(median(dwell))} ms, ${Math.round(minDwell)} ms`, '≥ 300 ms', minDwell >= 300))
  const last = loads.at(-1)
  if (last) {
    const sum = (pick: (file: EmbedLoad['files'][number]) => number, match = (_name: string) => true) =>
      last.files.filter((file) => match(file.name)).reduce((total, file) => total + pick(file), 0)
    rows.push(
      infoRow(
        'embed page on the wire, cold cache (all its files / script / styles)',
        `${bytes(sum((f) => f.transferBytes))} / ${bytes(sum((f) => f.encodedBytes, (n) => n.endsWith('.js')))} / ${bytes(sum((f) => f.encodedBytes, (n) => n.endsWith('.css')))}`,
      ),
    )
    rows.push(infoRow('embed page decoded (all its files)', bytes(sum((f) => f.decodedBytes))))
  }
  const startups = loads.flatMap((load) => (load.weightStartupMs === null ? [] : [load.weightStartupMs]))
  if (startups.length > 0) rows.push(infoRow("weight's start-up in the frame (median)", `${Math.round(median(startups))} ms`))
  const skews = results.runs.flatMap((run) => (run.clockSkewMs === undefined ? [] : [Math.abs(run.clockSkewMs)]))
  if (skews.length > 0) rows.push(infoRow('host and embed clocks apart (largest)', `${Math.max(...skews).toFixed(1)} ms`))

  const failed = [...results.runs.filter((run) => run.failure), ...results.associate.filter((a) => a.failure)]
  rows.push(goalRow('failed runs', `${failed.length} of ${results.runs.length + results.associate.length}`, '0', failed.length === 0))
  for (const run of failed) notes.push(`a ${run.strategy} run failed: ${run.failure}`)
  rows.push(infoRow('wall time', `${(results.wallMs / 60_000).toFixed(1)} min (${results.rounds} rounds)`))
  notes.push(`measured on ${results.code}.`)
  return { title: 'latency', rows, notes }
}
