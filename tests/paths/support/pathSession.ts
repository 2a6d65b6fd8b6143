import type { Browser, BrowserContext, CDPSession, Frame, Page } from 'playwright-core'
import type { DemoUrls } from '../../../demo/demoUrls'
import type { HostPathsProbe } from '../../../demo/host/pathsHook'
import { HOLDABLE_ROUTES } from '../../../demo/api/heldRoutes'
import { createHeldApi, type HeldApi } from './heldApi'
import type { PhaseTimes } from './phaseTimes'

/** The iframe of the panel. */
export const PANEL_FRAME = '[data-testid="ticket-embed-iframe"]'
/** The list has loaded: a row, a pending link, or its empty or error state. */
const LIST_SETTLED =
  '[data-testid="ticket-list"]:not([aria-busy="true"]) :is([data-testid="ticket-row"], [data-testid="pending-link-row"], [data-testid="ticket-list-empty"], [data-testid="ticket-list-error"])'
/** How long a page may take to show what a step leads to, on a busy 2-core machine. */
export const SETTLE_MS = 30_000

/** The frames that forge messages: one on a third origin, one on the embed's origin but not the panel's iframe. */
export type ForgedFrameKind = 'otherOrigin' | 'otherFrame'

/** One path's host document in a {@link PathTab}, and its handles. */
export interface PathSession {
  readonly page: Page
  readonly urls: DemoUrls
  readonly contactId: string
  readonly held: HeldApi
  /** The run's phase timings, which the path's phases add to. */
  readonly times: PhaseTimes
  /** Model ids (`T-1001`, `P-7`) → the real ids the CRM gave. */
  readonly aliases: Map<string, string>
  /** The real ids of the tickets the path created, in order. */
  readonly createdTickets: string[]
  /**
   * The frame that forges messages of `kind`, added to the host page the first time a step needs
   * it: most paths send no forged message, and each frame is one more document to load.
   */
  forgedFrame(kind: ForgedFrameKind): Promise<Frame>
  /** The panel's iframe document (throws when the panel shows none). */
  embedFrame(): Promise<Frame>
  /** What the host page's probe says now. */
  probe(): Promise<HostPathsProbe>
  /** A JPEG of the viewport as it is drawn now. */
  screenshot(): Promise<Buffer>
  /**
   * Leaves the tab blank, without the host's storage, and lets the contact's requests through.
   * Rejects when the tab could not be cleaned: the caller then closes the tab.
   */
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
 * A browser tab that plays one path after another: its context, page and clock are made once (a
 * fresh context per path cost a renderer start, a clock install and an uncached load of the built
 * bundle every time). Each path still gets a new host document; {@link PathSession.close} leaves
 * the tab blank, with no storage of the host left, or reports it unusable.
 */
export interface PathTab {
  readonly page: Page
  /** The page's DevTools session (screenshots). */
  readonly cdp: CDPSession
  close(): Promise<void>
}

/**
 * A new context with the test hooks on and the page clock installed and paused, and its one page.
 * Time stands still in every frame from the first document on, and moves only when a step says so
 * (`xstate.after.*`): no timer of the panel can fire while the machine is busy.
 */
export async function openPathTab(browser: Browser): Promise<PathTab> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  try {
    await context.addInitScript(() => {
      ;(window as { __TICKET_EMBED_PATHS__?: boolean }).__TICKET_EMBED_PATHS__ = true
    })
    // The installed clock runs until paused: pausing a minute ahead cannot land in its past, and
    // with no document loaded yet, no timer fires on the way. Later documents of the tab start
    // from where the last one left the clock, paused.
    const start = Date.now()
    await context.clock.install({ time: start })
    await context.clock.pauseAt(start + 60_000)
    const page = await context.newPage()
    page.setDefaultTimeout(SETTLE_MS)
    // Straight from the compositor: Playwright's own screenshot first restyles every frame (caret,
    // animations) and waits for fonts, several round trips per step for nothing this page needs.
    const cdp = await context.newCDPSession(page)
    return { page, cdp, close: () => context.close() }
  } catch (error) {
    await context.close()
    throw error
  }
}

/**
 * Opens the host page for `contactId` in `tab` (a new document: a new app, no forged frames),
 * waits until its ticket list has loaded, and holds the contact's link and refresh requests so
 * each step decides how they end.
 */
export async function openPathSession(tab: PathTab, urls: DemoUrls, contactId: string, times: PhaseTimes): Promise<PathSession> {
  const { page, cdp } = tab
  await times.time('load › goto', () => page.goto(`${urls.host}?contact=${encodeURIComponent(contactId)}&drawer=closed`))
  await times.time('load › list settled', () => page.locator(LIST_SETTLED).first().waitFor())
  const held = createHeldApi(urls.api, contactId)
  await times.time('load › hold', () => held.hold(HOLDABLE_ROUTES))
  // Blank documents on those origins: they post only what a step tells them to.
  const forgedSources: Readonly<Record<ForgedFrameKind, { src: string; name: string }>> = {
    otherOrigin: { src: `${urls.spoofOrigin}/__paths-forged`, name: 'forged-other-origin' },
    otherFrame: { src: `${urls.embedOrigin}/__paths-forged`, name: 'forged-other-frame' },
  }
  const forged = new Map<ForgedFrameKind, Promise<Frame>>()
  let panelFrame: Frame | undefined
  return {
    page,
    urls,
    contactId,
    held,
    times,
    aliases: new Map(),
    createdTickets: [],
    forgedFrame(kind) {
      let frame = forged.get(kind)
      if (!frame) forged.set(kind, (frame = addForgedFrame(page, forgedSources[kind].src, forgedSources[kind].name)))
      return frame
    },
    async embedFrame() {
      const deadline = Date.now() + SETTLE_MS
      for (;;) {
        // The panel's iframe stays the same frame while it is attached (a reload navigates it): the
        // last one found saves two round trips. Only one iframe at a time matches PANEL_FRAME.
        if (!panelFrame || panelFrame.isDetached()) panelFrame = (await (await page.locator(PANEL_FRAME).elementHandle())?.contentFrame()) ?? undefined
        if (panelFrame && (await panelFrame.evaluate(() => '__ticketEmbedPaths' in window).catch(() => false))) return panelFrame
        if (Date.now() > deadline) throw new Error('the panel shows no embed frame with the test hook')
        await pause(25)
      }
    },
    async screenshot() {
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'jpeg', quality: 60, optimizeForSpeed: true })
      return Buffer.from(data, 'base64')
    },
    probe: () => page.evaluate(() => window.__ticketEmbedPanel ?? { snapshot: null, messagesIn: 0, lastVerdict: null }),
    async close() {
      // The host's pending links live in the tab's sessionStorage, which outlives the document.
      await page.evaluate(() => window.sessionStorage.clear())
      // The held requests stay held until the document that sent them is gone.
      await times.time('close › blank', () => page.goto('about:blank'))
      await held.hold([])
    },
  }
}
