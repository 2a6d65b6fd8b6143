import type { Browser } from 'playwright-core'
import { startBenchSites, type BenchSites } from './benchSites'
import { launchChromium } from './launchChromium'

/** Runs `body` with the bench sites served and Chromium started, and stops both afterwards. */
export async function withBenchBrowser<T>(body: (browser: Browser, sites: BenchSites) => Promise<T>): Promise<T> {
  const sites = await startBenchSites()
  try {
    const browser = await launchChromium()
    try {
      return await body(browser, sites)
    } finally {
      await browser.close()
    }
  } finally {
    await sites.close()
  }
}
