import { chromium } from 'playwright-core'
import type { DemoUrls } from '../../../demo/demoUrls'
import { createHostPage } from './hostPage'
import { waitForCustomer } from './ticketForm'

/** A cold Vite transforms every module on first request: tens of seconds on a busy 2-core box. */
const COLD_TIMEOUT_MS = 180_000

/**
 * Walks every page of the demo once (host, form, live statechart, both forged frames) so Vite has
 * transformed and cached all of it before the first test: otherwise the first test pays for it and
 * its waits, tuned for a warm server, would time out on a slow machine.
 */
export async function warmUpPages(wsEndpoint: string, urls: DemoUrls): Promise<void> {
  const browser = await chromium.connect(wsEndpoint)
  try {
    const page = await browser.newPage()
    page.setDefaultTimeout(COLD_TIMEOUT_MS)
    const host = createHostPage(page, urls)
    await host.goto()
    await host.openCreatePanel()
    await host.waitForPanel('ready')
    await waitForCustomer(host.form)
    // Mermaid is imported on demand and is the largest module by far.
    await page.locator('[data-testid="live-statechart"][data-highlighted="ready"]').waitFor()
    // One after the other: the first frame adds a "Remove" button that moves the second button,
    // and a click aimed at where it was would miss.
    for (const kind of ['third-origin', 'embed-origin']) {
      await page.getByTestId(`spoof-${kind}`).click()
      await page.frameLocator(`iframe[data-kind="${kind}"]`).locator('#report[data-count]').waitFor()
    }
  } finally {
    await browser.close()
  }
}
