import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import type { DemoUrls } from '../../../demo/demoUrls'
import type { HostPathsProbe } from '../../../demo/host/pathsHook'
import { HOLDABLE_ROUTES } from '../../../demo/api/heldRoutes'
import { createHeldApi, type HeldApi } from './heldApi'

/** The iframe of the panel. */
export const PANEL_FRAME = '[data-testid="ticket-embed-iframe"]'
/** The list has loaded: a row, a pending link, or its empty or error state. */
const LIST_SETTLED =
  '[data-testid="ticket-list"]:not([aria-busy="true"]) :is([data-testid="ticket-row"], [data-testid="pending-link-row"], [data-testid="ticket-list-empty"], [data-testid="ticket-list-error"])'
/** How long a page may take to show what a step leads to, on a busy 2-core machine. */
export const SETTLE_MS = 30_000

/** The frames that forge messages: one on a third origin, one on the embed's origin but not the panel's iframe. */
export interface ForgedFrames {
  otherOrigin: Frame
  otherFrame: Frame
}

/** One path's browser context, page and handles. */
export interface PathSession {
  readonly page: Page
  readonly urls: DemoUrls
  readonly contactId: string
  readonly held: HeldApi
  /** Model ids (`T-1001`, `P-7`) → the real ids the CRM gave. */
  readonly aliases: Map<string, string>
  /** The real ids of the tickets the path created, in order. */
  readonly createdTickets: string[]
  readonly forged: ForgedFrames
  /** The panel's iframe document (throws when the panel shows none). */
  embedFrame(): Promise<Frame>
  /** What the host page's probe says now. */
  probe(): Promise<HostPathsProbe>
  close(): Promise<void>
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Appends an invisible iframe at `src` to the host page and returns its frame once loaded. */
async function addForgedFrame(page: Page, src: string, name: string): Promise<Frame> {
  await page.evaluate(
    ({ src, name }) =>
      new Promise<void>((resolve) => {
        const frame = document.createElement('iframe')
        frame.name = name
        frame.title = `forged messages (${name})`
        frame.setAttribute('aria-hidden', 'true')
        frame.tabIndex = -1
        frame.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;border:0;opacity:0'
        frame.addEventListener('load', () => resolve(), { once: true })
        frame.src = src
        document.body.append(frame)
      }),
    { src, name },
  )
  const frame = page.frame({ name })
  if (!frame) throw new Error(`the forged frame "${name}" did not load`)
  return frame
}

/**
 * Opens the host page for `contactId` in a fresh context with the test hooks on and the page clock
 * installed and paused, waits until its ticket list has loaded, adds the forged frames and holds
 * the contact's link and refresh requests so each step decides how they end.
 */
export async function openPathSession(browser: Browser, urls: DemoUrls, contactId: string): Promise<PathSession> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  try {
    await context.addInitScript(() => {
      ;(window as { __TICKET_EMBED_PATHS__?: boolean }).__TICKET_EMBED_PATHS__ = true
    })
    const page = await context.newPage()
    page.setDefaultTimeout(SETTLE_MS)
    // Time stands still in every frame from the first document on, and moves only when a step says
    // so (`xstate.after.*`): no timer of the panel can fire while the machine is busy.
    // (The installed clock runs until paused: pausing a minute ahead cannot land in its past, and
    // with no document loaded yet, no timer fires on the way.)
    const start = Date.now()
    await page.clock.install({ time: start })
    await page.clock.pauseAt(start + 60_000)
    await page.goto(`${urls.host}?contact=${encodeURIComponent(contactId)}&drawer=closed`)
    await page.locator(LIST_SETTLED).first().waitFor()
    const held = createHeldApi(urls.api, contactId)
    await held.hold(HOLDABLE_ROUTES)
    // Blank documents on those origins: they post only what a step tells them to.
    const forged: ForgedFrames = {
      otherOrigin: await addForgedFrame(page, `${urls.spoofOrigin}/__paths-forged`, 'forged-other-origin'),
      otherFrame: await addForgedFrame(page, `${urls.embedOrigin}/__paths-forged`, 'forged-other-frame'),
    }
    return {
      page,
      urls,
      contactId,
      held,
      aliases: new Map(),
      createdTickets: [],
      forged,
      async embedFrame() {
        const deadline = Date.now() + SETTLE_MS
        for (;;) {
          const frame = await (await page.locator(PANEL_FRAME).elementHandle())?.contentFrame()
          if (frame && (await frame.evaluate(() => '__ticketEmbedPaths' in window).catch(() => false))) return frame
          if (Date.now() > deadline) throw new Error('the panel shows no embed frame with the test hook')
          await pause(25)
        }
      },
      probe: () => page.evaluate(() => window.__ticketEmbedPanel ?? { snapshot: null, messagesIn: 0, lastVerdict: null }),
      async close() {
        await held.hold([]).catch(() => undefined)
        await context.close()
      },
    }
  } catch (error) {
    await context.close()
    throw error
  }
}
