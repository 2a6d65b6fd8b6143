import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { inject, test as baseTest } from 'vitest'
import { screenshot, slugOf } from './artifacts'
import { createDemoApi } from './demoApi'
import { createHostPage } from './hostPage'
import './providedContext'
import { recordRequests, type RequestRecorder } from './requestRecorder'

/** Wide enough for the page and the dev drawer side by side, as in the README's screenshot. */
const VIEWPORT = { width: 1440, height: 900 }

/** One test's browser: its own context (fresh `sessionStorage`), one tab, every request recorded. */
export interface E2ESession {
  context: BrowserContext
  page: Page
  requests: RequestRecorder
}

/**
 * `test` with the demo at hand: `demoUrls`, `api` (the API's controls and log), `session` and
 * `host` (the page object of a fresh tab). Opening the session resets the API first: seed data,
 * default faults, empty log. After each test the context is closed and every request its pages
 * made is checked to have stayed on loopback; a failed test leaves `artifacts/failed-<title>.png`.
 */
export const test = baseTest
  .extend('demoUrls', { scope: 'file' }, () => inject('demoUrls'))
  .extend('browserWsEndpoint', { scope: 'file' }, () => inject('browserWsEndpoint'))
  .extend('browser', { scope: 'file' }, async ({ browserWsEndpoint }, { onCleanup }) => {
    const browser = await chromium.connect(browserWsEndpoint)
    onCleanup(() => browser.close())
    return browser
  })
  .extend('api', ({ demoUrls }) => createDemoApi(demoUrls.api))
  .extend('session', async ({ browser, api, task }, { onCleanup }): Promise<E2ESession> => {
    // Seed data and default faults before the page asks the API anything; the test body sets its
    // own faults after this.
    await api.reset()
    const context = await browser.newContext({ viewport: VIEWPORT })
    const requests = recordRequests(context)
    const page = await context.newPage()
    let cleaned = false
    onCleanup(async () => {
      // Vitest calls a cleanup that threw once more at the end of the test; report it only once.
      if (cleaned) return
      cleaned = true
      if (task.result?.state === 'fail') await screenshot(page, `failed-${slugOf(task.name)}`).catch(() => undefined)
      await context.close()
      const outside = requests.offLoopback()
      if (outside.length > 0) throw new Error(`the pages made requests off this machine: ${outside.join(', ')}`)
    })
    return { context, page, requests }
  })
  .extend('host', ({ session, demoUrls }) => createHostPage(session.page, demoUrls))
