import { assertNoPageErrors } from '../browser/assertNoPageErrors'
import { heapAfterGc, windowListeners } from '../browser/cdp'
import { openBenchPage } from '../browser/openBenchPage'
import { withBenchBrowser } from '../browser/withBenchBrowser'

export interface LeakResults {
  cycles: number
  /** `message` listeners on `window`: before the panel is mounted, mounted and closed, open, after the cycles, after unmount. */
  messageListeners: { beforeMount: number; mounted: number; open: number; afterCycles: number; afterUnmount: number }
  /** Every listener on `window`, of any type, before mount and after unmount. */
  allListeners: { beforeMount: number; afterUnmount: number }
  pendingTimers: { afterCycles: number; afterUnmount: number }
  liveChildActors: number
  actorStatusAfterUnmount: string | null
  heapBytes: { before: number; after: number }
}

export interface LeakOptions {
  cycles?: number
  warmupCycles?: number
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0)

/** Opens and closes the panel `cycles` times and reads what is left behind. */
export function measureLeak({ cycles = 1000, warmupCycles = 20 }: LeakOptions = {}): Promise<LeakResults> {
  return withBenchBrowser(async (browser, sites) => {
    const { page, session, errors } = await openBenchPage(browser, sites, 'leak')
    const messages = async () => (await windowListeners(session)).message ?? 0

    const beforeMountAll = total(await windowListeners(session))
    const beforeMount = await messages()
    await page.evaluate(() => window.bench.mount())
    const mounted = await messages()
    await page.evaluate(() => window.bench.open())
    const open = await messages()
    await page.evaluate(() => window.bench.close())
    await page.evaluate(() => window.bench.closedForGood())

    // Warm-up first: the heap baseline then holds what the first cycles allocate once and keep (JIT, caches).
    await page.evaluate((n) => window.bench.cycles(n), warmupCycles)
    const heapBefore = await heapAfterGc(session)
    await page.evaluate((n) => window.bench.cycles(n), cycles)
    const heapAfter = await heapAfterGc(session)

    const afterCycles = await messages()
    const timersAfterCycles = await page.evaluate(() => window.bench.pendingTimers())
    const liveChildActors = await page.evaluate(() => window.bench.liveChildActors())
    await page.evaluate(() => window.bench.unmount())
    const afterUnmount = await messages()
    const afterUnmountAll = total(await windowListeners(session))
    const timersAfterUnmount = await page.evaluate(() => window.bench.pendingTimers())
    const actorStatusAfterUnmount = await page.evaluate(() => window.bench.actorStatus())

    assertNoPageErrors(errors, 'leak')
    return {
      cycles,
      messageListeners: { beforeMount, mounted, open, afterCycles, afterUnmount },
      allListeners: { beforeMount: beforeMountAll, afterUnmount: afterUnmountAll },
      pendingTimers: { afterCycles: timersAfterCycles, afterUnmount: timersAfterUnmount },
      liveChildActors,
      actorStatusAfterUnmount,
      heapBytes: { before: heapBefore, after: heapAfter },
    }
  })
}
