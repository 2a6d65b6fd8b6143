import { chromium, type Frame, type Page } from 'playwright-core'
import { withReceivedClicks } from './receivedClick'
import { requireBinaries } from './requireBinary'
import { scriptedPageDriver } from './scriptedPage'
import { ACTION_TIMEOUT_MS, type BrowserEngine, type FrameDriver, type PageDriver } from './types'

/**
 * Flags for running as root on a CI box with no display and no internet. `--headless` is not among
 * them: Playwright adds its own headless switch, and a second one makes `page.screenshot` hang.
 * The `--disable-*` flags stop Chromium's own background calls (updates, sync, QUIC probes), so
 * the only traffic left is the pages'.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else Debian's. Fails at once, saying how to
 * install it, rather than letting Playwright fail later with a launch error.
 */
export function resolveChromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  const path = env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium'
  requireBinaries('Chromium', [{ name: 'Chromium', path, aptPackage: 'chromium', envVar: 'CHROMIUM_PATH' }])
  return path
}

/** A frame found again on every call: the top one, or the iframe `selector` inside `parent`. */
function frameDriver(resolve: () => Promise<Frame>): FrameDriver {
  const first = async (selector: string) => (await resolve()).locator(selector).first()
  return {
    evaluate: async (fn, arg) => (await resolve()).evaluate(fn, arg as never) as never,
    click: async (selector) => (await first(selector)).click({ timeout: ACTION_TIMEOUT_MS }),
    fill: async (selector, text) => (await first(selector)).fill(text, { timeout: ACTION_TIMEOUT_MS }),
    select: async (selector, option) => void (await (await first(selector)).selectOption(option, { timeout: ACTION_TIMEOUT_MS })),
    focus: async (selector) => (await first(selector)).focus({ timeout: ACTION_TIMEOUT_MS }),
    frame: (iframeSelector) =>
      frameDriver(async () => {
        const element = await (await resolve()).waitForSelector(iframeSelector, { state: 'attached', timeout: ACTION_TIMEOUT_MS })
        const content = await element.contentFrame()
        if (!content) throw new Error(`${iframeSelector} has no document`)
        return content
      }),
  }
}

function pageDriver(page: Page): PageDriver {
  const screenshot = async (path: string) => void (await page.screenshot({ path, animations: 'disabled' }))
  return scriptedPageDriver(page, withReceivedClicks(frameDriver(async () => page.mainFrame())), screenshot)
}

/**
 * Chromium through Playwright (`playwright-core`, never a downloaded browser). Isolation: a new
 * browser context per session; requests: every one, frames and workers included.
 */
export async function launchChromium(env: Readonly<Record<string, string | undefined>>): Promise<BrowserEngine> {
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(env), headless: true, args: [...CHROMIUM_ARGS] })
  return {
    name: 'chromium',
    quirks: { scriptFocusInCrossOriginFrame: true, requestLog: 'network' },
    async newSession(viewport) {
      const context = await browser.newContext({ viewport })
      const urls: string[] = []
      context.on('request', (request) => urls.push(request.url()))
      const page = await context.newPage()
      let closing: Promise<void> | undefined
      return {
        page: pageDriver(page),
        requestedUrls: async () => [...urls],
        close: () => (closing ??= context.close()),
      }
    },
    close: () => browser.close(),
  }
}
