import type { Frame, Page } from 'playwright-core'
import { firstTimeBoth } from './firstTimeBoth'
import type { HostRecord } from './latencyRecorder'

/** The host page's selectors the bench acts on. */
export const SELECTORS = {
  addTrigger: '[data-tickets-add-trigger]',
  menuCreate: '[data-testid="menu-create-ticket"]',
  menuAssociate: '[data-testid="menu-associate-existing"]',
  associatePanel: '[data-testid="associate-existing-panel"]',
  panel: '[data-testid="ticket-embed-panel"]',
  frame: 'iframe[data-testid="ticket-embed-iframe"]',
  contactSelect: '[data-testid="contact-select"]',
  listSettled:
    '[data-testid="ticket-list"]:not([aria-busy="true"]) :is([data-testid="ticket-row"], [data-testid="ticket-list-empty"], [data-testid="ticket-list-error"])',
} as const

/** How long the agent's pointer rests on the open "+" menu before "Create Ticket": the 300 ms. */
export const MENU_DWELL_MS = 300

/** How long a form may take to become usable before the run is reported failed. */
const FORM_TIMEOUT_MS = 30_000

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

export const hostRecord = (page: Page) => page.evaluate(() => window.__latencyHost!)
export const embedRecord = (frame: Frame) => frame.evaluate(() => window.__latencyEmbed!)

/** A real mouse click in the middle of `selector`'s box: no actionability round trips between the decision and the click. */
async function clickCentre(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox()
  if (!box) throw new Error(`${selector} has no box to click`)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
}

/** Opens the "+" menu, rests on it {@link MENU_DWELL_MS}, then clicks `item`. Returns the clicks as the page saw them. */
export async function pickFromMenu(page: Page, item: string): Promise<{ menuAt: number; itemAt: number }> {
  const clicksBefore = await page.evaluate(() => window.__latencyHost!.clicks.length)
  await clickCentre(page, SELECTORS.addTrigger)
  const opened = performance.now()
  await page.locator(item).waitFor({ state: 'visible' })
  // The one deliberate wait: the dwell of an agent reading the menu, which preloading may use.
  await delay(MENU_DWELL_MS - (performance.now() - opened))
  await clickCentre(page, item)
  const clicks = await page.evaluate((n) => window.__latencyHost!.clicks.slice(n), clicksBefore)
  const menuAt = clicks.find((click) => click.what === 'menu')?.t
  const itemAt = clicks.filter((click) => click.what !== 'menu').at(-1)?.t
  if (menuAt === undefined || itemAt === undefined) throw new Error(`the page did not see the menu clicks (${JSON.stringify(clicks)})`)
  return { menuAt, itemAt }
}

/**
 * The embed frame usable for `customerId`, once the host shows a form: each frame of the embed's
 * page is watched until one is usable, looking again whenever a frame navigates (a new one may be
 * the one). Frames are found by URL: Playwright's `contentFrame()` of a cross-site iframe can take
 * most of a second to answer, which would stretch every run.
 */
export async function usableForm(page: Page, embedPage: string, customerId: string): Promise<Frame> {
  await page.waitForFunction(() => window.__latencyHost!.frameShown.at(-1)?.value === true)
  const deadline = performance.now() + FORM_TIMEOUT_MS
  while (performance.now() < deadline) {
    const candidates = page.frames().filter((frame) => frame.url().startsWith(embedPage))
    const timeout = deadline - performance.now()
    // A frame that detaches or never becomes usable drops out; none left: wait for the next navigation.
    const usable = Promise.any(
      candidates.map(async (frame) => {
        await frame.waitForFunction((id) => window.__latencyEmbed?.usableFor.at(-1)?.value === id, customerId, { polling: 10, timeout })
        return frame
      }),
    ).catch(() => new Promise<never>(() => undefined))
    const navigated = page.waitForEvent('framenavigated', { timeout }).then(
      () => null,
      () => null,
    )
    const found = await Promise.race([usable, navigated])
    if (found) return found
  }
  throw new Error(`no form became usable for ${customerId} within ${FORM_TIMEOUT_MS} ms`)
}

export interface OpenResult {
  /** Click on "Create Ticket" → the form shown and usable for the customer (ms). */
  usableMs: number
  /** How long the menu was open before the click (ms). */
  dwellMs: number
  /** Click → the first `EMBED_INIT` after it reaching the form (ms), if one did. */
  initMs: number | null
  form: Frame
}

/**
 * "+" → rest → "Create Ticket", then waits until the host shows the form and the form is usable
 * for `customerId` (first field enabled, `#customer[data-customer-id]` that customer). The span is
 * computed from both pages' records: from the click to the first moment both held.
 */
export async function openCreateTicket(page: Page, embedPage: string, customerId: string): Promise<OpenResult> {
  const { menuAt, itemAt } = await pickFromMenu(page, SELECTORS.menuCreate)
  const form = await usableForm(page, embedPage, customerId)
  const [host, embed] = await Promise.all([hostRecord(page), embedRecord(form)])
  const usableAt = firstTimeBoth(itemAt, host.frameShown, (shown) => shown === true, embed.usableFor, (id) => id === customerId)
  if (usableAt === null) throw new Error(`the records never show the form usable for ${customerId}: ${JSON.stringify({ host: host.frameShown, embed: embed.usableFor })}`)
  const init = embed.received.find((message) => message.type === 'EMBED_INIT' && message.t >= itemAt)
  return { usableMs: usableAt - itemAt, dwellMs: itemAt - menuAt, initMs: init ? init.t - itemAt : null, form }
}

export interface SubmitResult {
  ticketId: string
  /** `TICKET_CREATED` reaching the host → the ticket's row in the list (ms). */
  listedMs: number
  /** … → the row without `data-provisional` (ms; the same as `listedMs` without an optimistic row). */
  confirmedMs: number
}

/** Types a subject, clicks "Create ticket", and waits until the ticket's row is confirmed and the panel gone. */
export async function createTicket(page: Page, form: Frame, subject: string): Promise<SubmitResult> {
  const createdBefore = (await hostRecord(page)).created.length
  // Typed and submitted by script: the span starts at TICKET_CREATED, so how the form was sent
  // does not count, and Playwright's checks before a click in a cross-site frame take most of a second.
  await form.evaluate((text) => {
    const field = document.querySelector<HTMLInputElement>('#subject')!
    field.value = text
    field.dispatchEvent(new Event('input', { bubbles: true }))
    document.querySelector<HTMLFormElement>('#ticket-form')!.requestSubmit()
  }, subject)
  await page.waitForFunction((n) => window.__latencyHost!.created.length > n, createdBefore)
  const created = (await hostRecord(page)).created[createdBefore]!
  await page.waitForFunction((id) => window.__latencyHost!.rowConfirmed[id] !== undefined, created.ticketId)
  await page.locator(SELECTORS.panel).waitFor({ state: 'hidden' })
  const host: HostRecord = await hostRecord(page)
  return {
    ticketId: created.ticketId,
    listedMs: host.rowSeen[created.ticketId]! - created.t,
    confirmedMs: host.rowConfirmed[created.ticketId]! - created.t,
  }
}

/** Switches the page to another customer, as the drawer's select does, and waits for that customer's list. */
export async function switchCustomer(page: Page, customerId: string): Promise<void> {
  await page.evaluate(
    ({ selector, id }) => {
      const select = document.querySelector(selector)
      if (!(select instanceof HTMLSelectElement)) throw new Error(`no ${selector}`)
      select.value = id
      select.dispatchEvent(new Event('change'))
    },
    { selector: SELECTORS.contactSelect, id: customerId },
  )
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('contact') === id, customerId)
  await page.locator(SELECTORS.listSettled).first().waitFor({ state: 'attached' })
}

/** Network timing of the embed's document and the bytes of its same-origin files, as its frame saw them. */
export interface EmbedLoad {
  /** Request start → response end of the embed's page (ms): at least the emulated latency when throttled. */
  documentMs: number
  files: { name: string; transferBytes: number; encodedBytes: number; decodedBytes: number }[]
  /** The weight's own start-up time in the frame (ms), if it ran. */
  weightStartupMs: number | null
  clockSkewMs: number
}

export async function embedLoad(form: Frame): Promise<EmbedLoad> {
  return form.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const sameOrigin = [navigation, ...resources].filter((entry) => new URL(entry.name).origin === location.origin)
    const weight = (globalThis as { __crmFormWeight?: { startupMs: number } }).__crmFormWeight
    return {
      documentMs: navigation.responseEnd - navigation.requestStart,
      files: sameOrigin.map((entry) => ({
        name: new URL(entry.name).pathname,
        transferBytes: entry.transferSize,
        encodedBytes: entry.encodedBodySize,
        decodedBytes: entry.decodedBodySize,
      })),
      weightStartupMs: weight?.startupMs ?? null,
      clockSkewMs: window.__latencyEmbed!.clockSkewMs,
    }
  })
}

