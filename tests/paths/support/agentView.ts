import type { Page } from 'playwright-core'
import type { AnyMachineSnapshot } from 'xstate'
import { DEFAULT_NOTIFY_MESSAGES } from '../../../composables/notifyMessages'
import type { NotifyKey } from '../../../machines/types'
import { valuePath } from '../../model/stateKeys'

/**
 * What the agent must see after a step, read from the page the way an agent reads it: the panel
 * (and its state), the toasts a step shows, and the pending-link rows of the list. The toasts and
 * rows come from the step's side effects as `tests/model/expectations.ts` words them.
 */

const PANEL = '[data-testid="ticket-embed-panel"]'

/** Checks the panel shows `expected`'s top-level state; throws saying what it shows instead. */
export async function checkPanel(page: Page, expected: AnyMachineSnapshot): Promise<void> {
  const top = valuePath(expected.value).split('.')[0]!
  if (top === 'hidden') {
    await page.locator(PANEL).waitFor({ state: 'detached' })
    return
  }
  await page.locator(`${PANEL}[data-state="${top}"]`).waitFor({ state: 'visible' })
  if (top === 'error') await page.getByTestId('ticket-embed-retry').waitFor({ state: 'visible' })
  if (top === 'loading') await page.getByTestId('ticket-embed-skeleton').waitFor({ state: 'visible' })
}

/** Checks what the step's side effects put in front of the agent: toasts and pending links. */
export async function checkEffects(page: Page, effects: readonly string[], aliases: ReadonlyMap<string, string>): Promise<string[]> {
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
      await page.locator(`[data-testid="pending-link-row"][data-ticket-id="${ticketId}"]`).waitFor({ state: 'visible' })
      seen.push(`pending link ${ticketId} in the list`)
    }
  }
  return seen
}
