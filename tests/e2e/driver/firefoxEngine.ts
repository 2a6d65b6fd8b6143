import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import puppeteer, { type Frame, type Page } from 'puppeteer-core'
import { withReceivedClicks } from './receivedClick'
import { requireBinaries } from './requireBinary'
import { scriptedPageDriver } from './scriptedPage'
import { ACTION_TIMEOUT_MS, type BrowserEngine, type FrameDriver, type OptionChoice, type PageDriver } from './types'

/** Debian's `firefox-esr` package (the binary itself, not the `/usr/bin` shell wrapper); `FIREFOX_PATH` points elsewhere. */
export function firefoxPath(env: Readonly<Record<string, string | undefined>>): string {
  const path = env.FIREFOX_PATH?.trim() || '/usr/lib/firefox-esr/firefox-esr'
  requireBinaries('Firefox', [{ name: 'Firefox ESR', path, aptPackage: 'firefox-esr', envVar: 'FIREFOX_PATH' }])
  return path
}

/** The option's `value` for a choice by label, read in the page. */
async function optionValue(frame: Frame, selector: string, option: OptionChoice): Promise<string> {
  if ('value' in option) return option.value
  const value = await frame.evaluate(
    (selector, label) => [...(document.querySelector(selector) as HTMLSelectElement | null)?.options ?? []].find((o) => o.label === label)?.value,
    selector,
    option.label,
  )
  if (value === undefined) throw new Error(`${selector} has no option labelled "${option.label}"`)
  return value
}

/** A frame found again on every call: the top one, or an iframe of its parent. */
function frameDriver(resolve: () => Promise<Frame>): FrameDriver {
  const locate = async (selector: string) => (await resolve()).locator(selector).setTimeout(ACTION_TIMEOUT_MS)
  const element = async (selector: string) => {
    const handle = await (await resolve()).waitForSelector(selector, { timeout: ACTION_TIMEOUT_MS })
    if (!handle) throw new Error(`no ${selector}`)
    return handle
  }
  return {
    evaluate: async (fn, arg) => (await resolve()).evaluate(fn as never, arg as never) as never,
    click: async (selector) => (await locate(selector)).click(),
    async fill(selector, text) {
      if (text !== '') return (await locate(selector)).fill(text)
      // Puppeteer's `fill('')` empties the value without an `input` event, so the page never
      // hears of it: select everything and delete it, as a person would.
      const field = await element(selector)
      await field.click()
      await field.evaluate((input) => (input as HTMLInputElement).select())
      await (await resolve()).page().keyboard.press('Backspace')
    },
    async select(selector, option) {
      const frame = await resolve()
      await (await element(selector)).select(await optionValue(frame, selector, option))
    },
    focus: async (selector) => (await element(selector)).focus(),
    frame: (iframeSelector) =>
      frameDriver(async () => {
        const content = await (await element(iframeSelector)).contentFrame()
        if (!content) throw new Error(`${iframeSelector} has no document`)
        return content
      }),
  }
}

function pageDriver(page: Page): PageDriver {
  const screenshot = async (path: string) => void (await page.screenshot({ path: path as `${string}.png` }))
  return scriptedPageDriver(page, withReceivedClicks(frameDriver(async () => page.mainFrame())), screenshot)
}

/**
 * Firefox ESR through Puppeteer over WebDriver BiDi (no geckodriver). Isolation: a new browser
 * context (BiDi user context) per session; requests: every one, cross-origin frames included.
 * Its profile and caches live in a temporary folder removed on close.
 */
export async function launchFirefox(env: Readonly<Record<string, string | undefined>>): Promise<BrowserEngine> {
  const executablePath = firefoxPath(env)
  const home = await mkdtemp(join(tmpdir(), 'ticket-embed-firefox-'))
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: join(home, 'profile'),
      // Firefox writes caches under $HOME otherwise.
      env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'cache') },
    })
    .catch(async (error: unknown) => {
      await rm(home, { recursive: true, force: true })
      throw error
    })
  return {
    name: 'firefox',
    quirks: { scriptFocusInCrossOriginFrame: true, requestLog: 'network' },
    async newSession(viewport) {
      const context = await browser.createBrowserContext()
      const page = await context.newPage()
      await page.setViewport(viewport)
      const urls: string[] = []
      page.on('request', (request) => void urls.push(request.url()))
      let closing: Promise<void> | undefined
      return {
        page: pageDriver(page),
        requestedUrls: async () => [...urls],
        close: () => (closing ??= context.close()),
      }
    },
    async close() {
      await browser.close()
      await rm(home, { recursive: true, force: true })
    },
  }
}
