import { summarize, type Summary } from '../report/stats'
import type { LatencyRun } from './measureLatencyRun'

/** The spans of a run the table reports. */
export type SpanKey = 'firstOpenMs' | 'secondOpenMs' | 'secondOpenInitMs' | 'otherCustomerOpenMs' | 'listedAutoMs' | 'listedFallbackMs' | 'confirmedAutoMs' | 'confirmedFallbackMs'

/** Median and p95 of one span over the runs of one strategy; runs that did not reach it are left out (and reported as failed). */
export function spanSummary(runs: readonly LatencyRun[], strategy: string, key: SpanKey): Summary {
  return summarize(runs.filter((run) => run.strategy === strategy).flatMap((run) => (run[key] === undefined ? [] : [run[key]])))
}

/** `median 812 ms · p95 990 ms · 0.58× baseline (n 30)`; the ratio left out for the baseline itself. */
export function formatSpan(summary: Summary, baselineMedian: number | null): string {
  const ratio = baselineMedian === null ? '' : ` · ${(summary.median / baselineMedian).toFixed(2)}× baseline`
  return `median ${Math.round(summary.median)} ms · p95 ${Math.round(summary.p95)} ms${ratio} (n ${summary.n})`
}
