import type { TicketEmbedState } from '../../../composables/useTicketEmbed'
import type { DemoUrls } from '../../../demo/demoUrls'
import { attributesOf, byTestId, isVisible, waitForSelector } from '../driver/dom'
import type { FrameDriver, PageDriver } from '../driver/types'
import { waitUntil, type WaitOptions } from '../driver/waitFor'
import { appearances, recordAppearances } from './appearances'
import { recordPageDiagnostics } from './pageDiagnostics'

/** What the host page's URL can set (`demo/host/pageOptions.ts`). */
export interface HostPageSettings {
  contact?: string
  /** Short values keep the "never ready" test quick. */
  readyTimeoutMs?: number
  permission?: boolean
  flag?: boolean
}

/** Selectors of the host page the flows act on. */
export const HOST = {
  addButton: '[data-tickets-add-trigger]',
  menuCreateTicket: byTestId('menu-create-ticket'),
  menuAssociateExisting: byTestId('menu-associate-existing'),
  panel: byTestId('ticket-embed-panel'),
  frame: byTestId('ticket-embed-iframe'),
  back: byTestId('ticket-embed-back'),
  retry: byTestId('ticket-embed-retry'),
  error: byTestId('ticket-embed-error'),
  ticketRow: byTestId('ticket-row'),
  pendingRow: byTestId('pending-link-row'),
  toast: '[data-pixel-component="MpToast"]',
  /** The drawer's live statechart. */
  chart: byTestId('live-statechart'),
  /** Any row of the list, or its empty and error states: the list has finished loading. */
  listSettled:
    '[data-testid="ticket-list"]:not([aria-busy="true"]) :is([data-testid="ticket-row"], [data-testid="pending-link-row"], [data-testid="ticket-list-empty"], [data-testid="ticket-list-error"])',
} as const

/** The Customer 360 page with the Tickets section, seen the way an agent uses it. */
export interface HostPage {
  readonly page: PageDriver
  /** The CRM's form inside the cross-origin iframe (found again after a Retry replaces it). */
  readonly form: FrameDriver
  /** Opens the page and waits until the ticket list has loaded (`timeout`: for a cold server). */
  goto(settings?: HostPageSettings, options?: WaitOptions): Promise<void>
  /** Reloads and waits for the list again (the same tab, so `sessionStorage` stays). */
  reload(): Promise<void>
  /** Opens the "+" menu and waits until "Associate existing" shows. */
  openMenu(): Promise<void>
  /** Closes the "+" menu and waits until its items are gone from view. */
  closeMenu(): Promise<void>
  /** "+" → "Create Ticket"; resolves once the panel is on screen (any state). */
  openCreatePanel(): Promise<void>
  /** Waits until the panel shows `state`; `'hidden'` waits until it is out of sight (gone, or kept hidden for a late ticket). */
  waitForPanel(state: TicketEmbedState): Promise<void>
  /** The panel's `data-state`, `'hidden'` while it renders nothing. */
  panelState(): Promise<string>
  /** The iframe's height in CSS pixels, as the panel set it. */
  frameHeight(): Promise<number>
  /** Selector of the list row of a linked ticket. */
  ticketRow(ticketId: string): string
  /** Ids of the linked tickets the list shows, in order. */
  ticketIds(): Promise<string[]>
  /** Texts of every toast shown since the page loaded (each lasts 5 s: recorded as it appears). */
  toastsShown(): Promise<string[]>
  /** Waits until a toast containing `text` has been shown. */
  waitForToast(text: string): Promise<void>
  /** True once the loading skeleton has been shown since the page loaded. */
  skeletonShown(): Promise<boolean>
  /** True when keyboard focus is on the "+" button. */
  isAddButtonFocused(): Promise<boolean>
  /** True when the element is rendered with a size. */
  isVisible(selector: string): Promise<boolean>
}

/** Short-lived elements the page records as they appear (see `appearances.ts`). */
const SKELETON = byTestId('ticket-embed-skeleton')
const RECORDED = [HOST.toast, SKELETON]

/** The page object of the demo's host page in `page`. */
export function createHostPage(page: PageDriver, urls: DemoUrls): HostPage {
  const waitForList = async (options: WaitOptions = {}) => {
    await waitForSelector(page, HOST.listSettled, { state: 'attached', ...options })
    await recordAppearances(page, RECORDED)
    await recordPageDiagnostics(page)
  }
  const host: HostPage = {
    page,
    form: page.frame(HOST.frame),

    async goto(settings = {}, options = {}) {
      const query = new URLSearchParams()
      if (settings.contact) query.set('contact', settings.contact)
      if (settings.readyTimeoutMs !== undefined) query.set('readyTimeoutMs', String(settings.readyTimeoutMs))
      if (settings.permission === false) query.set('permission', 'off')
      if (settings.flag === false) query.set('flag', 'off')
      const search = query.size > 0 ? `?${query}` : ''
      await page.goto(`${urls.host}${search}`)
      await waitForList(options)
    },

    async reload() {
      await page.reload()
      await waitForList()
    },

    async openMenu() {
      await page.click(HOST.addButton)
      await waitForSelector(page, HOST.menuAssociateExisting)
    },

    async closeMenu() {
      await page.click(HOST.addButton)
      await waitForSelector(page, HOST.menuAssociateExisting, { state: 'hidden' })
    },

    async openCreatePanel() {
      await host.openMenu()
      await page.click(HOST.menuCreateTicket)
      await waitForSelector(page, HOST.panel, { state: 'attached' })
    },

    async waitForPanel(state) {
      // Out of sight: a panel closed from `ready` keeps its iframe mounted, hidden, for a late ticket.
      if (state === 'hidden') await waitForSelector(page, HOST.panel, { state: 'hidden' })
      else await waitForSelector(page, `${HOST.panel}[data-state="${state}"]`, { state: 'attached' })
    },

    panelState: () => page.evaluate((panel) => document.querySelector(panel)?.getAttribute('data-state') ?? 'hidden', HOST.panel),

    frameHeight: () => page.evaluate((frame) => document.querySelector(frame)?.getBoundingClientRect().height ?? 0, HOST.frame),

    ticketRow: (ticketId) => `${HOST.ticketRow}[data-ticket-id="${ticketId}"]`,

    ticketIds: () => attributesOf(page, HOST.ticketRow, 'data-ticket-id'),

    toastsShown: () => appearances(page, HOST.toast),

    async waitForToast(text) {
      await waitUntil(`a toast saying "${text}"`, async () => (await appearances(page, HOST.toast)).some((shown) => shown.includes(text)))
    },

    skeletonShown: async () => (await appearances(page, SKELETON)).length > 0,

    isAddButtonFocused: () => page.evaluate((add) => document.activeElement?.matches(add) ?? false, HOST.addButton),

    isVisible: (selector) => isVisible(page, selector),
  }
  return host
}
