import { expect } from 'vitest'
import type { HostPage } from './support/hostPage'
import { test } from './support/e2eTest'
import { waitForCustomer } from './support/ticketForm'

async function openReadyPanel(host: HostPage): Promise<void> {
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(host.form)
}

/** Waits until the panel is gone and keyboard focus is back on "+", where the agent opened it. */
async function expectClosedWithFocusOnAdd(host: HostPage): Promise<void> {
  await host.waitForPanel('hidden')
  await expect.poll(() => host.isAddButtonFocused(), { timeout: 5000 }).toBe(true)
  await host.page.getByTestId('ticket-row').first().waitFor()
}

test('the back arrow, Escape on the panel and Escape inside the form close it, and focus returns to "+"', async ({ host }) => {
  const { page, form } = host
  await host.goto()

  await openReadyPanel(host)
  await page.getByTestId('ticket-embed-back').click()
  await expectClosedWithFocusOnAdd(host)

  await openReadyPanel(host)
  await host.panel.focus()
  await page.keyboard.press('Escape')
  await expectClosedWithFocusOnAdd(host)

  // Keys pressed in the cross-origin form never reach the page: the form sends EMBED_CLOSE instead.
  // Only the keydown goes to the form: it removes the frame, and Chromium never acknowledges a
  // keyup sent to a frame being removed, so `keyboard.press` would wait for ever.
  await openReadyPanel(host)
  await form.getByTestId('embed-subject').focus()
  await page.keyboard.down('Escape')
  await expectClosedWithFocusOnAdd(host)
  await page.keyboard.up('Escape')
  await page.locator('[data-testid="message-log-entry"][data-type="EMBED_CLOSE"][data-accepted="true"]').waitFor()
})
