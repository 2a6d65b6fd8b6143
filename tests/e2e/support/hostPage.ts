import type { Frame, FrameLocator, Locator, Page } from 'playwright-core'
import type { TicketEmbedState } from '../../../composables/useTicketEmbed'
import type { DemoUrls } from '../../../demo/demoUrls'

/** What the host page's URL can set (`demo/host/pageOptions.ts`). */
export interface HostPageSettings {
  contact?: string
  /** Short values keep the "never ready" test quick. */
  readyTimeoutMs?: number
  permission?: boolean
  flag?: boolean
}

const PANEL = '[data-testid="ticket-embed-panel"]'
const FRAME = '[data-testid="ticket-embed-iframe"]'
/** Any row of the list, or its empty and error states: the list has finished loading. */
const LIST_SETTLED =
  '[data-testid="ticket-list"]:not([aria-busy="true"]) :is([data-testid="ticket-row"], [data-testid="pending-link-row"], [data-testid="ticket-list-empty"], [data-testid="ticket-list-error"])'

/** The Customer 360 page with the Tickets section, seen the way an agent uses it. */
export interface HostPage {
  readonly page: Page
  /** Opens the page and waits until the ticket list has loaded. */
  goto(settings?: HostPageSettings): Promise<void>
  /** Reloads and waits for the list again (the same browser tab, so `sessionStorage` stays). */
  reload(): Promise<void>
  /** The "+" button of the Tickets header. */
  readonly addButton: Locator
  readonly menuCreateTicket: Locator
  readonly menuAssociateExisting: Locator
  /** Opens the "+" menu and waits until "Associate existing" shows. */
  openMenu(): Promise<void>
  /** Closes the "+" menu and waits until its items are gone from view. */
  closeMenu(): Promise<void>
  /** "+" → "Create Ticket"; resolves once the panel is on screen (any state). */
  openCreatePanel(): Promise<void>
  readonly panel: Locator
  /** Waits until the panel shows `state`; `'hidden'` waits until it is out of sight (gone, or kept hidden). */
  waitForPanel(state: TicketEmbedState): Promise<void>
  /** The panel's `data-state`, `'hidden'` while it renders nothing. */
  panelState(): Promise<string>
  /** The CRM's form inside the cross-origin iframe. */
  readonly form: FrameLocator
  /** The iframe's document, to measure it. */
  embedFrame(): Promise<Frame>
  /** The iframe's height in CSS pixels, as the panel set it. */
  frameHeight(): Promise<number>
  /** A list row of a linked ticket. */
  ticketRow(ticketId: string): Locator
  /** Ids of the linked tickets the list shows, in order. */
  ticketIds(): Promise<string[]>
  readonly pendingRows: Locator
  /** pixel3 toasts on screen. */
  readonly toasts: Locator
  /** True when keyboard focus is on the "+" button. */
  isAddButtonFocused(): Promise<boolean>
}

/** The page object of the demo's host page in `page`. */
export function createHostPage(page: Page, urls: DemoUrls): HostPage {
  const addButton = page.locator('[data-tickets-add-trigger]')
  const menuCreateTicket = page.getByTestId('menu-create-ticket')
  const menuAssociateExisting = page.getByTestId('menu-associate-existing')
  const panel = page.locator(PANEL)
  const frame = page.locator(FRAME)
  const waitForList = () => page.locator(LIST_SETTLED).first().waitFor()

  return {
    page,
    addButton,
    menuCreateTicket,
    menuAssociateExisting,
    panel,
    form: page.frameLocator(FRAME),
    pendingRows: page.getByTestId('pending-link-row'),
    toasts: page.locator('[data-pixel-component="MpToast"]'),

    async goto(settings = {}) {
      const query = new URLSearchParams()
      if (settings.contact) query.set('contact', settings.contact)
      if (settings.readyTimeoutMs !== undefined) query.set('readyTimeoutMs', String(settings.readyTimeoutMs))
      if (settings.permission === false) query.set('permission', 'off')
      if (settings.flag === false) query.set('flag', 'off')
      const search = query.size > 0 ? `?${query}` : ''
      await page.goto(`${urls.host}${search}`)
      await waitForList()
    },

    async reload() {
      await page.reload()
      await waitForList()
    },

    async openMenu() {
      await addButton.click()
      await menuAssociateExisting.waitFor({ state: 'visible' })
    },

    async closeMenu() {
      await addButton.click()
      await menuAssociateExisting.waitFor({ state: 'hidden' })
    },

    async openCreatePanel() {
      await this.openMenu()
      await menuCreateTicket.click()
      await panel.waitFor()
    },

    async waitForPanel(state) {
      // Out of sight: a panel closed from `ready` keeps its iframe mounted, hidden, for a late ticket.
      if (state === 'hidden') await panel.waitFor({ state: 'hidden' })
      else await page.locator(`${PANEL}[data-state="${state}"]`).waitFor()
    },

    async panelState() {
      return (await panel.count()) === 0 ? 'hidden' : ((await panel.getAttribute('data-state')) ?? '')
    },

    async embedFrame() {
      const content = await (await frame.elementHandle())?.contentFrame()
      if (!content) throw new Error('the panel has no iframe document')
      return content
    },

    async frameHeight() {
      return frame.evaluate((element) => element.getBoundingClientRect().height)
    },

    ticketRow: (ticketId) => page.locator(`[data-testid="ticket-row"][data-ticket-id="${ticketId}"]`),

    async ticketIds() {
      return page.getByTestId('ticket-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ticket-id') ?? ''))
    },

    isAddButtonFocused: () => page.evaluate(() => document.activeElement?.hasAttribute('data-tickets-add-trigger') ?? false),
  }
}
