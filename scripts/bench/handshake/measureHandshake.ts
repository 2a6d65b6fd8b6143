import { assertNoPageErrors } from '../browser/assertNoPageErrors'
import { isolation, openBenchPage } from '../browser/openBenchPage'
import { hasOutOfProcessFrame } from '../browser/outOfProcess'
import { withBenchBrowser } from '../browser/withBenchBrowser'
import type { HandshakePhases } from '../pages/embed/measurePhases'
import type { HandshakeSetting } from '../pages/host/handshakeDriver'
import type { HandshakeCase } from '../pages/shared/benchMessages'
import { summarize, type Summary } from '../report/stats'

export const HANDSHAKE_SETTINGS: readonly HandshakeSetting[] = ['warm', 'idle', 'fresh']

export interface HandshakeResults {
  settings: Record<HandshakeSetting, Record<HandshakeCase, Summary>>
  /** The host page's listeners per `EMBED_READY` (the composable and machine's share of b). */
  hostListener: Summary
  /** Where the time of a warm handshake goes, raw against ours, seen from the embed. */
  phases: Record<'raw' | 'ours', HandshakePhases>
  isolated: { host: boolean; embed: boolean }
  embedOutOfProcess: boolean
}

export interface HandshakeOptions {
  warmup?: number
  reps?: number
}

/** Runs the three handshakes in the three settings in one page, as the issue describes. */
export function measureHandshake({ warmup = 50, reps = 500 }: HandshakeOptions = {}): Promise<HandshakeResults> {
  return withBenchBrowser(async (browser, sites) => {
    const { page, errors } = await openBenchPage(browser, sites, 'handshake')
    await page.evaluate(() => window.bench.open())
    const isolated = await isolation(page, sites.embedOrigin)
    const embedOutOfProcess = await hasOutOfProcessFrame(browser, sites.embedOrigin)

    const settings = {} as HandshakeResults['settings']
    const run = async (setting: HandshakeSetting) => {
      const samples = await page.evaluate(([s, w, r]) => window.bench.handshake(s, w, r), [setting, warmup, reps] as const)
      settings[setting] = { raw: summarize(samples.raw), ours: summarize(samples.ours), penpal: summarize(samples.penpal) }
    }
    await run('warm')
    await run('idle')
    // Needs the panel's own page in the frame, which the fresh-frame setting navigates away from.
    const hostListener = summarize(await page.evaluate(([w, r]) => window.bench.hostListenerTime(w, r), [warmup, reps] as const))
    const embedFrame = page.frames().find((frame) => frame.url().startsWith(`${sites.embedOrigin}/embed/index.html`))
    if (!embedFrame) throw new Error('the panel frame is not on its page')
    const phases = await embedFrame.evaluate((r) => window.benchPhases!(r), reps)
    await run('fresh')

    assertNoPageErrors(errors, 'handshake')
    return { settings, hostListener, phases, isolated, embedOutOfProcess }
  })
}
