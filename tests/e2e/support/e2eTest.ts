import { inject, test as baseTest } from 'vitest'
import { engineNameFrom, launchEngine } from '../driver/engines'
import type { BrowserSession } from '../driver/types'
import { slugOf } from './artifacts'
import { createDemoApi } from './demoApi'
import { createHostPage, HOST } from './hostPage'
import { saveFailure } from './pageDiagnostics'
import './providedContext'
import { offLoopback } from './requestRecorder'
import { VIEWPORT } from './viewport'
import { warmUpPages } from './warmUp'

/**
 * `test` with the demo and the engine at hand: `demoUrls`, `engine` (the browser `E2E_BROWSER`
 * names, launched once per run, with its `quirks`), `api` (the API's controls and log), `session`
 * (a fresh, isolated tab) and `host` (the page object of that tab).
 *
 * Opening the session resets the API first: seed data, default faults, empty log. After each test
 * the session is closed and every request its pages made is checked to have stayed on loopback; a
 * failed test leaves `artifacts/<engine>/failed-<title>.png` and `.json` (see `pageDiagnostics.ts`).
 */
export const test = baseTest
  .extend('demoUrls', { scope: 'worker' }, () => inject('demoUrls'))
  .extend('engine', { scope: 'worker' }, async ({ demoUrls }, { onCleanup }) => {
    const engine = await launchEngine(engineNameFrom(process.env))
    onCleanup(() => engine.close())
    const started = Date.now()
    await warmUpPages(engine, demoUrls)
    await createDemoApi(demoUrls.api).reset()
    console.log(`[e2e] ${engine.name}: pages warmed up in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return engine
  })
  .extend('api', ({ demoUrls }) => createDemoApi(demoUrls.api))
  .extend('session', async ({ engine, api, task }, { onCleanup }): Promise<BrowserSession> => {
    // Seed data and default faults before the page asks the API anything; the test body sets its
    // own faults after this.
    await api.reset()
    const session = await engine.newSession(VIEWPORT)
    let cleaned = false
    onCleanup(async () => {
      // Vitest calls a cleanup that threw once more at the end of the test; report it only once.
      if (cleaned) return
      cleaned = true
      if (task.result?.state === 'fail') await saveFailure(session.page, `failed-${slugOf(task.name)}`, HOST)
      const urls = await session.requestedUrls().catch(() => [])
      await session.close()
      const outside = offLoopback(urls)
      if (outside.length > 0) throw new Error(`the pages made requests off this machine: ${outside.join(', ')}`)
    })
    return session
  })
  .extend('host', ({ session, demoUrls }) => createHostPage(session.page, demoUrls))
