import { expect } from 'vitest'
import { screenshot } from './support/artifacts'
import { test } from './support/e2eTest'
import { waitForCustomer } from './support/ticketForm'

/** Short, so the test is quick; long enough that the skeleton is seen first. */
const READY_TIMEOUT_MS = 2000

test('TCKT-S01/ERR-1: an embed that never says EMBED_READY ends in an inline error after the timeout; Retry loads it again', async ({ host, api }) => {
  const { page, form } = host
  await api.control({ embedReady: 'never' })
  await host.goto({ readyTimeoutMs: READY_TIMEOUT_MS })

  const opened = Date.now()
  await host.openCreatePanel()
  await page.locator('[data-testid="ticket-embed-panel"][data-state="loading"][aria-busy="true"]').waitFor()
  await page.getByTestId('ticket-embed-skeleton').waitFor()
  await screenshot(page, '02-panel-loading')

  await host.waitForPanel('error')
  // The scenario is about time: the error must not come before the timeout.
  expect(Date.now() - opened).toBeGreaterThanOrEqual(READY_TIMEOUT_MS)
  const error = page.getByTestId('ticket-embed-error')
  expect(await error.getAttribute('role')).toBe('alert')
  expect(await error.innerText()).toContain("The ticket form didn't load in time.")
  await screenshot(page, '04-error-timeout')

  await api.control({ embedReady: 'normal' })
  await page.getByTestId('ticket-embed-retry').click()
  await host.waitForPanel('ready')
  expect(await form.getByTestId('embed-subject').isVisible()).toBe(true)
  // The customer arrived through EMBED_INIT, sent once the new frame said EMBED_READY.
  expect(await waitForCustomer(form)).toContain('Rina Wijaya')
  await page.locator('[data-testid="message-log-entry"][data-direction="out"][data-type="EMBED_INIT"]').first().waitFor()
})
