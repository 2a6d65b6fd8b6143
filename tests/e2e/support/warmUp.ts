import type { DemoUrls } from '../../../demo/demoUrls'
import { waitForSelector } from '../driver/dom'
import type { BrowserEngine } from '../driver/types'
import { forge } from './forgedFrames'
import { createHostPage, HOST } from './hostPage'
import { saveFailure } from './pageDiagnostics'
import { waitForCustomer } from './ticketForm'
import { VIEWPORT } from './viewport'

/** A cold Vite transforms every module on first request: tens of seconds on a busy 2-core box. */
const COLD_TIMEOUT_MS = 180_000

/**
 * Walks every page of the demo once (host, form, live statechart, both forged frames) in the
 * engine under test, so Vite has transformed and cached all of it before the first test:
 * otherwise the first test pays for it and its waits, tuned for a warm server, would time out on
 * a slow machine.
 */
export async function warmUpPages(engine: BrowserEngine, urls: DemoUrls): Promise<void> {
  const session = await engine.newSession(VIEWPORT)
  try {
    const { page } = session
    const host = createHostPage(page, urls)
    await host.goto({}, { timeout: COLD_TIMEOUT_MS })
    await host.openCreatePanel()
    await waitForSelector(page, `${HOST.panel}[data-state="ready"]`, { state: 'attached', timeout: COLD_TIMEOUT_MS })
    await waitForCustomer(host.form)
    // Mermaid is imported on demand and is the largest module by far.
    await waitForSelector(page, `${HOST.chart}[data-highlighted="ready"]`, { state: 'attached', timeout: COLD_TIMEOUT_MS })
    // One after the other, each until the log shows its messages: they move the next button.
    await forge(page, 'third-origin', { timeout: COLD_TIMEOUT_MS })
    await forge(page, 'embed-origin', { timeout: COLD_TIMEOUT_MS })
  } catch (error) {
    await saveFailure(session.page, 'failed-warm-up', HOST)
    throw error
  } finally {
    await session.close()
  }
}
