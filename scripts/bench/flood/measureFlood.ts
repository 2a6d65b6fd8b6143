import { assertNoPageErrors } from '../browser/assertNoPageErrors'
import { mainThreadTaskMs } from '../browser/cdp'
import { openBenchPage } from '../browser/openBenchPage'
import { withBenchBrowser } from '../browser/withBenchBrowser'
import type { BenchCounters } from '../pages/host/benchCounters'
import type { FloodTarget } from '../pages/host/floodDriver'
import { quantile } from '../report/stats'

export interface FloodResults {
  messages: number
  rounds: number
  /** Host main-thread time per message, median of the rounds (µs). */
  noopUs: number
  oursUs: number
  longTasks: number
  longestTaskMs: number | null
  /** The same, for the floods with the no-op listener alone: what the browser does anyway. */
  noopLongTasks: number
  noopLongestTaskMs: number | null
  /** Over every round with the panel ready. */
  stateUnchanged: boolean
  acceptedUnchanged: boolean
  callbacksUnchanged: boolean
  ticketsUnchanged: boolean
  rejected: number
  rejectedBy: Record<string, number>
}

export interface FloodOptions {
  /** Messages of each of the four kinds per flood. */
  perKind?: number
  rounds?: number
}

const CALLBACKS = ['track', 'notify', 'refresh', 'associate'] as const satisfies readonly (keyof BenchCounters)[]

/**
 * Floods the host, alternately with the panel closed (a counting no-op listener only) and ready
 * (the panel's listener as well), and reads the host renderer's main-thread time around each flood.
 */
export function measureFlood({ perKind = 25_000, rounds = 3 }: FloodOptions = {}): Promise<FloodResults> {
  return withBenchBrowser(async (browser, sites) => {
    const { page, session, errors } = await openBenchPage(browser, sites, 'flood')
    // Thread time: what the host's main thread spent, not how long it waited for the senders.
    await session.send('Performance.enable', { timeDomain: 'threadTicks' })
    await page.evaluate(() => window.bench.mountSenders())

    const flood = async (target: FloodTarget) => {
      const before = await mainThreadTaskMs(session)
      const run = await page.evaluate(([t, n]) => window.bench.flood(t, n), [target, perKind] as const)
      return { run, taskMs: (await mainThreadTaskMs(session)) - before }
    }

    const noopUs: number[] = []
    const oursUs: number[] = []
    let longTasks = 0
    let longestTaskMs: number | null = null
    let noopLongTasks = 0
    let noopLongestTaskMs: number | null = null
    const longest = (a: number | null, b: number | null) => (b === null ? a : Math.max(a ?? 0, b))
    let stateUnchanged = true
    let acceptedUnchanged = true
    let callbacksUnchanged = true
    let ticketsUnchanged = true
    let rejected = 0
    const rejectedBy: Record<string, number> = {}

    for (let round = 0; round < rounds; round += 1) {
      const noop = await flood('noop')
      noopUs.push((noop.taskMs * 1000) / noop.run.messages)

      await page.evaluate(() => window.bench.open())
      const before = await page.evaluate(() => window.bench.counters())
      const ours = await flood('ours')
      const after = await page.evaluate(() => window.bench.counters())
      stateUnchanged &&= (await page.evaluate(() => window.bench.state())) === 'ready'
      await page.evaluate(() => window.bench.close())
      await page.evaluate(() => window.bench.closedForGood())

      oursUs.push((ours.taskMs * 1000) / ours.run.messages)
      longTasks += ours.run.longTasks
      longestTaskMs = longest(longestTaskMs, ours.run.longestTaskMs)
      noopLongTasks += noop.run.longTasks
      noopLongestTaskMs = longest(noopLongestTaskMs, noop.run.longestTaskMs)
      acceptedUnchanged &&= after.accepted === before.accepted
      callbacksUnchanged &&= CALLBACKS.every((name) => after[name] === before[name])
      ticketsUnchanged &&= after.tickets === before.tickets
      rejected += after.rejected - before.rejected
      for (const [reason, count] of Object.entries(after.rejectedBy)) {
        rejectedBy[reason] = (rejectedBy[reason] ?? 0) + count - (before.rejectedBy[reason] ?? 0)
      }
    }

    assertNoPageErrors(errors, 'flood')
    return {
      messages: perKind * 4,
      rounds,
      noopUs: quantile(noopUs, 0.5),
      oursUs: quantile(oursUs, 0.5),
      longTasks,
      longestTaskMs,
      noopLongTasks,
      noopLongestTaskMs,
      stateUnchanged,
      acceptedUnchanged,
      callbacksUnchanged,
      ticketsUnchanged,
      rejected,
      rejectedBy,
    }
  })
}
