/**
 * Where a `test:paths` run spends its time: each phase of playing a path (loading the host page,
 * a step's event, waiting for the probe, the checks, the screenshot…) adds its duration here, and
 * the run prints the totals at the end and keeps them in `results.js`. Paths run a few at once, so
 * the totals add up to more than the run's wall time: they say which phase to make cheaper.
 */

/** Separates a phase from its part in a name. */
export const PART = ' › '

/** One phase over the run: how often it ran and how long it took in all. */
export interface PhaseTotal {
  count: number
  totalMs: number
}

/**
 * The phases timed so far in this run, by name (`load`, `play panel.open`, `screenshot`…). A name
 * with ` › ` is a part of the phase before it (`load › goto`): it is not added to the total again.
 */
export class PhaseTimes {
  private readonly totals = new Map<string, PhaseTotal>()

  /** Runs `work`, adding its duration to `phase` (also when it throws). */
  async time<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      return await work()
    } finally {
      this.add(phase, performance.now() - started)
    }
  }

  add(phase: string, ms: number): void {
    const total = this.totals.get(phase) ?? { count: 0, totalMs: 0 }
    total.count += 1
    total.totalMs += ms
    this.totals.set(phase, total)
  }

  /** The totals, longest first, rounded to whole milliseconds. */
  snapshot(): Record<string, PhaseTotal> {
    const sorted = [...this.totals].sort(([, a], [, b]) => b.totalMs - a.totalMs)
    return Object.fromEntries(sorted.map(([phase, total]) => [phase, { count: total.count, totalMs: Math.round(total.totalMs) }]))
  }

  /** One line: each phase's total seconds, share of all timed time, count and mean. */
  summary(): string {
    const entries = Object.entries(this.snapshot())
    const all = entries.filter(([phase]) => !phase.includes(PART)).reduce((sum, [, total]) => sum + total.totalMs, 0)
    const parts = entries.map(
      ([phase, { count, totalMs }]) =>
        `${phase} ${(totalMs / 1000).toFixed(1)} s (${Math.round((100 * totalMs) / Math.max(all, 1))} %, ${count}× ${Math.round(totalMs / count)} ms)`,
    )
    return `phases (summed over concurrent paths, ${(all / 1000).toFixed(1)} s): ${parts.join('; ')}`
  }
}
