import type { Browser, CDPSession, Page } from 'playwright-core'
import type { BenchSites } from './benchSites'
import '../pages/host/benchApi'

export interface BenchPage {
  page: Page
  session: CDPSession
  /** Errors the pages threw; a run with any is not to be trusted. */
  errors: string[]
}

/** Opens the host page in `mode`, waits for its `window.bench`, and attaches a CDP session. */
export async function openBenchPage(browser: Browser, sites: BenchSites, mode: 'handshake' | 'flood' | 'leak'): Promise<BenchPage> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(sites.hostPage(mode))
  await page.waitForFunction(() => window.bench !== undefined)
  const session = await page.context().newCDPSession(page)
  return { page, session, errors }
}

/** `crossOriginIsolated` of the host page and of every frame from `origin`. */
export async function isolation(page: Page, origin: string): Promise<{ host: boolean; embed: boolean }> {
  const host = await page.evaluate(() => crossOriginIsolated)
  const frames = page.frames().filter((frame) => frame.url().startsWith(origin))
  const embed = frames.length > 0 && (await Promise.all(frames.map((frame) => frame.evaluate(() => crossOriginIsolated)))).every(Boolean)
  return { host, embed }
}
