import type { Page } from 'playwright-core'
import type { AnyMachineSnapshot } from 'xstate'
import { DEFAULT_NOTIFY_MESSAGES } from '../../../composables/notifyMessages'
import type { NotifyKey } from '../../../machines/types'
import { pendingLinksKey } from '../../../composables/usePendingLinks'
import { valuePath } from '../../model/stateKeys'
import { SETTLE_MS } from './pathSession'

/**
 * What the agent must see after a step, read from the page the way an agent reads it: the panel
 * (and its state), the toasts a step shows, and the pending-link rows of the list. The toasts and
 * rows come from the step's side effects as `tests/model/expectations.ts` words them.
 */

const PANEL = '[data-testid="ticket-embed-panel"]'

/**
 * Waits until `ticketId` is kept as a pending link of the contact: in `sessionStorage` (it survives a
 * reload), and as a "Not linked yet" row whenever the list is on screen (the panel hides it).
 */
async function waitForPendingLink(page: Page, contactId: string, ticketId: string): Promise<void> {
  await page.waitForFunction(
    ({ key, id }) => (window.sessionStorage.getItem(key) ?? '').includes(`"${id}"`),
    { key: pendingLinksKey(contactId), id: ticketId },
    { timeout: SETTLE_MS, polling: 50 },
  )
  if ((await page.getByTestId('ticket-list').count()) > 0) {
    await page.locator(`[data-testid="pending-link-row"][data-ticket-id="${ticketId}"]`).waitFor({ state: 'visible' })
  }
}

/**
 * Nothing is lost: once the list has been refreshed, every ticket the path created is in it, as a
 * linked ticket or as a "Not linked yet" pending link.
 */
export async function checkTicketsListed(page: Page, ticketIds: readonly string[]): Promise<string[]> {
  for (const ticketId of ticketIds) {
    const row = `[data-testid="ticket-row"][data-ticket-id="${ticketId}"], [data-testid="pending-link-row"][data-ticket-id="${ticketId}"]`
    await page.locator(row).first().waitFor({ state: 'visible' })
  }
  return ticketIds.length === 0 ? [] : [`list shows ${ticketIds.join(', ')}`]
}

/** Checks the panel shows `expected`'s top-level state; throws saying what it shows instead. */
export async function checkPanel(page: Page, expected: AnyMachineSnapshot): Promise<void> {
  const top = valuePath(expected.value).split('.')[0]!
  // Closed by the agent, a late ticket is linked and listed out of sight: the panel is not shown again.
  if (top === 'hidden' || expected.context.dismissed === true) {
    // Gone or out of sight: a sub-state of `hidden` may keep the iframe mounted while closed.
    await page.locator(PANEL).waitFor({ state: 'hidden' })
    return
  }
  await page.locator(`${PANEL}[data-state="${top}"]`).waitFor({ state: 'visible' })
  if (top === 'error') await page.getByTestId('ticket-embed-retry').waitFor({ state: 'visible' })
  if (top === 'loading') await page.getByTestId('ticket-embed-skeleton').waitFor({ state: 'visible' })
}

/** Checks what the step's side effects put in front of the agent: toasts and pending links. */
export async function checkEffects(page: Page, contactId: string, effects: readonly string[], aliases: ReadonlyMap<string, string>): Promise<string[]> {
  const seen: string[] = []
  for (const effect of effects) {
    const toast = /^notify\((\w+), (\w+)\)$/.exec(effect)
    if (toast) {
      const title = DEFAULT_NOTIFY_MESSAGES[toast[2] as NotifyKey]
      if (!title) throw new Error(`no toast text for ${effect}`)
      await page.locator('[data-pixel-component="MpToast"]', { hasText: title }).first().waitFor({ state: 'visible' })
      seen.push(`toast "${title}"`)
    }
    const pending = /^rememberPendingLink\((.+)\)$/.exec(effect)
    if (pending) {
      const ticketId = aliases.get(pending[1]!) ?? pending[1]!
      await waitForPendingLink(page, contactId, ticketId)
      seen.push(`pending link ${ticketId} kept (sessionStorage), listed once the panel closes`)
    }
  }
  return seen
}
