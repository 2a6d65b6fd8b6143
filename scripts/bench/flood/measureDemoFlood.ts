import type { CDPSession, Page } from 'playwright-core'
import { openDemoForBench } from './openDemoForBench'
import { DEFINE_NAME_HELPER, readFloodRecord, startFloodInPage, type FloodInPageArgs, type FloodInPageRecord } from './floodInPage'
import { mainThreadTaskMs } from '../browser/cdp'
import { quantile } from '../report/stats'
import { withBenchBrowser } from '../browser/withBenchBrowser'

export interface DemoFloodResults {
  messages: number
  rounds: number
  /** Main-thread time of one flood, medians of the rounds (ms). */
  noopMs: number
  demoMs: number
  /** When the back arrow's click took effect (panel hidden), relative to the flood's last message (ms; negative: before it). */
  backArrowAfterDeliveredMs: number
  /** From the click being sent to the panel being hidden (ms). */
  backArrowClickToGoneMs: number
  /** How many of the flood's messages had arrived when the click reached the page. */
  backArrowClickedAfterMessages: number
  /** The panel stayed `ready` through every measured flood. */
  stateUnchanged: boolean
  /** The drawer's log counted every forged message as rejected, and accepted none of them. */
  everyMessageRejected: boolean
}

export interface DemoFloodOptions {
  messages?: number
  rounds?: number
}

const PANEL = '[data-testid="ticket-embed-panel"]'
const BACK = '[data-testid="ticket-embed-back"]'
const REJECTED = '[data-testid="message-log-rejected"]'
const ACCEPTED = '[data-testid="message-log-accepted"]'

/**
 * Bound of every wait on the page: a flood of 20 000 takes seconds even on a busy machine, so a wait
 * this long means what it waits for will not happen, and the run says which instead of hanging.
 */
const WAIT_MS = 300_000

/** `waiting` with {@link WAIT_MS} as its bound, failing with `what` was awaited. */
async function bounded<T>(what: string, waiting: (timeout: number) => Promise<T>): Promise<T> {
  try {
    return await waiting(WAIT_MS)
  } catch (error) {
    throw new Error(`flood (demo page): waited ${WAIT_MS / 1000} s for ${what}`, { cause: error })
  }
}

const counter = (page: Page, selector: string) => page.evaluate((s) => Number(document.querySelector(s)?.getAttribute('data-count') ?? 0), selector)

/** Floods `page` and returns its main-thread time (ms) until the flood has arrived and `absorbed` holds. */
async function timedFlood(page: Page, session: CDPSession, args: FloodInPageArgs, absorbed: () => Promise<void>): Promise<number> {
  const before = await mainThreadTaskMs(session)
  await page.evaluate(startFloodInPage, args)
  await bounded(`all ${args.count} forged messages to arrive`, (timeout) =>
    page.waitForFunction((n) => (window as unknown as { __flood?: FloodInPageRecord }).__flood?.received === n, args.count, { polling: 50, timeout }),
  )
  await absorbed()
  return (await mainThreadTaskMs(session)) - before
}

/**
 * The flood of the issue on the real demo page: the dev drawer open (message log, live chart), the
 * panel `ready`, `messages` forged well-formed v1 messages from a third origin. Compared with the
 * same flood into a page with only a no-op listener (the bench host page with its panel closed).
 * Then one more flood, during which the back arrow is clicked (a real mouse click).
 */
export function measureDemoFlood({ messages = 20_000, rounds = 3 }: DemoFloodOptions = {}): Promise<DemoFloodResults> {
  return withBenchBrowser(async (browser, sites) => {
    const demo = await openDemoForBench(browser)
    try {
      const sender = { senderUrl: '', senderOrigin: sites.spoofOrigin, count: messages, watchHidden: '' }
      const senderFor = (page: Page) => `${sites.spoofOrigin}/sender/index.html?host=${encodeURIComponent(new URL(page.url()).origin)}`

      // The comparison: a page with a no-op listener and nothing else listening.
      const noopPage = await browser.newPage()
      await noopPage.goto(sites.hostPage('flood'))
      await noopPage.evaluate(DEFINE_NAME_HELPER)
      const noopSession = await noopPage.context().newCDPSession(noopPage)
      await noopSession.send('Performance.enable', { timeDomain: 'threadTicks' })

      const { page, session } = demo
      await page.evaluate(DEFINE_NAME_HELPER)
      const noopMs: number[] = []
      const demoMs: number[] = []
      let stateUnchanged = true
      const rejectedBefore = await counter(page, REJECTED)
      const acceptedBefore = await counter(page, ACCEPTED)
      for (let round = 0; round < rounds; round += 1) {
        noopMs.push(await timedFlood(noopPage, noopSession, { ...sender, senderUrl: senderFor(noopPage) }, async () => undefined))
        const wanted = (await counter(page, REJECTED)) + messages
        demoMs.push(
          await timedFlood(page, session, { ...sender, senderUrl: senderFor(page) }, async () => {
            // Absorbed: the log has shown every one of them (its batched render included).
            await bounded(`the drawer's log to show ${wanted} rejected messages`, (timeout) =>
              page.waitForFunction(({ s, n }) => Number(document.querySelector(s)?.getAttribute('data-count')) >= n, { s: REJECTED, n: wanted }, { polling: 50, timeout }),
            )
          }),
        )
        stateUnchanged &&= (await page.getAttribute(PANEL, 'data-state')) === 'ready'
      }
      const everyMessageRejected =
        (await counter(page, REJECTED)) - rejectedBefore >= rounds * messages && (await counter(page, ACCEPTED)) === acceptedBefore

      // The back arrow, clicked while the flood is being delivered: as soon as its first message is in.
      const box = await page.locator(BACK).boundingBox()
      if (!box) throw new Error('the back arrow is not on screen')
      await page.evaluate(startFloodInPage, { ...sender, senderUrl: senderFor(page), watchHidden: PANEL })
      await bounded('the flood\'s first message', (timeout) =>
        page.waitForFunction(() => ((window as unknown as { __flood?: FloodInPageRecord }).__flood?.received ?? 0) > 0, undefined, { polling: 5, timeout }),
      )
      const clickSentAt = await page.evaluate(() => performance.now())
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
      await bounded('the panel to be hidden after the back arrow\'s click, and the flood delivered', (timeout) =>
        page.waitForFunction(
          () => {
            const record = (window as unknown as { __flood?: FloodInPageRecord }).__flood
            return record?.goneAt !== null && record?.deliveredAt !== null
          },
          undefined,
          { polling: 50, timeout },
        ),
      )
      const record = (await page.evaluate(readFloodRecord))!
      await noopPage.close()
      return {
        messages,
        rounds,
        noopMs: quantile(noopMs, 0.5),
        demoMs: quantile(demoMs, 0.5),
        backArrowAfterDeliveredMs: record.goneAt! - record.deliveredAt!,
        backArrowClickToGoneMs: record.goneAt! - clickSentAt,
        backArrowClickedAfterMessages: record.receivedAtClick ?? 0,
        stateUnchanged,
        everyMessageRejected,
      }
    } finally {
      await demo.close()
    }
  })
}

