import { expect } from 'vitest'
import { waitForSelector } from './driver/dom'
import { waitUntil } from './driver/waitFor'
import { test } from './support/e2eTest'
import { HOST, type HostPage } from './support/hostPage'
import { logEntry } from './support/messageLog'
import { FORM, waitForCustomer } from './support/ticketForm'

async function openReadyPanel(host: HostPage): Promise<void> {
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(host.form)
}

/** Waits until the panel is gone and keyboard focus is back on "+", where the agent opened it. */
async function expectClosedWithFocusOnAdd(host: HostPage): Promise<void> {
  await host.waitForPanel('hidden')
  await waitUntil('focus back on "+"', () => host.isAddButtonFocused(), { timeout: 5000 })
  await waitForSelector(host.page, HOST.ticketRow, { state: 'attached' })
}

test('the back arrow, Escape on the panel and Escape inside the form close it, and focus returns to "+"', async ({ host }) => {
  const { page, form } = host
  await host.goto()

  await openReadyPanel(host)
  await page.click(HOST.back)
  await expectClosedWithFocusOnAdd(host)

  await openReadyPanel(host)
  await page.focus(HOST.panel)
  await page.keyDown('Escape')
  await page.keyUp('Escape')
  await expectClosedWithFocusOnAdd(host)

  // Keys pressed in the cross-origin form never reach the page: the form sends EMBED_CLOSE instead.
  // Only the keydown goes to the form: it removes the frame, and Chromium never acknowledges a
  // keyup sent to a frame being removed. (WebKit focuses a field of a cross-origin frame only by
  // a click, which the driver does for it.)
  await openReadyPanel(host)
  await form.focus(FORM.subject)
  expect(await form.evaluate((subject) => document.activeElement?.matches(subject) ?? false, FORM.subject)).toBe(true)
  await page.keyDown('Escape')
  await expectClosedWithFocusOnAdd(host)
  await page.keyUp('Escape')
  await waitForSelector(page, logEntry({ type: 'EMBED_CLOSE', accepted: true }), { state: 'attached' })
})
