import { expect } from 'vitest'
import { attributeOf, isVisible, textOf, waitForSelector } from './driver/dom'
import { screenshot } from './support/artifacts'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { logEntry } from './support/messageLog'
import { FORM, waitForCustomer } from './support/ticketForm'

/** Short, so the test is quick; long enough that the skeleton is seen first. */
const READY_TIMEOUT_MS = 2000

test('TCKT-S01/ERR-1: an embed that never says EMBED_READY ends in an inline error after the timeout; Retry loads it again', async ({ host, api }) => {
  const { page, form } = host
  await api.control({ embedReady: 'never' })
  await host.goto({ readyTimeoutMs: READY_TIMEOUT_MS })

  const opened = Date.now()
  await host.openCreatePanel()
  await screenshot(page, '02-panel-loading')

  await host.waitForPanel('error')
  // Shown while it waited (recorded as it appeared: on a slow machine the wait may be over before a look).
  expect(await host.skeletonShown()).toBe(true)
  // The scenario is about time: the error must not come before the timeout.
  expect(Date.now() - opened).toBeGreaterThanOrEqual(READY_TIMEOUT_MS)
  expect(await attributeOf(page, HOST.error, 'role')).toBe('alert')
  expect(await textOf(page, HOST.error, { rendered: true })).toContain("The ticket form didn't load in time.")
  await screenshot(page, '04-error-timeout')

  await api.control({ embedReady: 'normal' })
  await page.click(HOST.retry)
  await host.waitForPanel('ready')
  // The customer arrived through EMBED_INIT, sent once the new frame said EMBED_READY.
  expect(await waitForCustomer(form)).toContain('Rina Wijaya')
  expect(await isVisible(form, FORM.subject)).toBe(true)
  await waitForSelector(page, logEntry({ direction: 'out', type: 'EMBED_INIT' }), { state: 'attached' })
})
