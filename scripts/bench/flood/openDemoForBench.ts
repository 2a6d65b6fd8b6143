import type { Browser, CDPSession, Page } from 'playwright-core'
import { startDemo, type RunningDemo } from '../../../demo/startDemo'

/** The demo page as an agent has it: 1440 × 900, the dev drawer open, the create panel `ready`. */
export interface DemoForBench {
  page: Page
  /** CDP session with thread-time metrics enabled. */
  session: CDPSession
  close(): Promise<void>
}

/** Generous: the first visit makes Vite transform every module (and Panda build the styles). */
const COLD_TIMEOUT_MS = 180_000

/** Starts the demo on free ports, opens its host page with the drawer open and the create panel `ready`. */
export async function openDemoForBench(browser: Browser): Promise<DemoForBench> {
  const demo: RunningDemo = await startDemo({ hostPort: 0, embedPort: 0, apiPort: 0, spoofPort: 0, watch: false, warmUp: true })
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    page.setDefaultTimeout(COLD_TIMEOUT_MS)
    await page.goto(demo.urls.host)
    await page.locator('[data-tickets-add-trigger]').click()
    await page.getByTestId('menu-create-ticket').click()
    await page.locator('[data-testid="ticket-embed-panel"][data-state="ready"]').waitFor()
    // The drawer's chart is drawn (Mermaid loads on demand): the page is as busy as it gets at rest.
    await page.locator('[data-testid="live-statechart"][data-highlighted="ready"]').waitFor()
    const session = await context.newCDPSession(page)
    await session.send('Performance.enable', { timeDomain: 'threadTicks' })
    return {
      page,
      session,
      close: async () => {
        await context.close()
        await demo.close()
      },
    }
  } catch (error) {
    await demo.close()
    throw error
  }
}
