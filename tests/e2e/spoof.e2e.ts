import { expect } from 'vitest'
import { FORGED_MESSAGES } from '../../demo/spoof/forgedMessages'
import { byTestId, scrollToTop, settle, waitForSelector } from './driver/dom'
import type { PageDriver } from './driver/types'
import { screenshot } from './support/artifacts'
import { linkCalls } from './support/demoApi'
import { test } from './support/e2eTest'
import { forge } from './support/forgedFrames'
import { waitForFrameToFitForm } from './support/frameHeight'
import { HOST } from './support/hostPage'
import { logCount, readMessageLog, waitForRejected } from './support/messageLog'
import { waitForCustomer } from './support/ticketForm'

/** Removes the forged frames, so the next {@link forge} waits for a new one. */
async function removeForgedFrames(page: PageDriver): Promise<void> {
  await page.click(byTestId('spoof-remove'))
  await waitForSelector(page, 'iframe[data-kind]', { state: 'detached' })
}

test('forged messages from a third origin, or from the embed origin in another frame, change nothing', async ({ host, api, demoUrls }) => {
  const { page, form } = host
  const forged = FORGED_MESSAGES.length
  await host.goto()
  const tickets = await host.ticketIds()

  // While the panel is closed nobody listens: the page logs them as unheard, and that is all.
  await forge(page, 'third-origin')
  await waitForRejected(page, forged)
  await settle(page)
  expect(await host.panelState()).toBe('hidden')
  expect(await host.ticketIds()).toEqual(tickets)
  await removeForgedFrames(page)

  // With the form open and ready, forged TICKET_CREATED, EMBED_CLOSE and EMBED_RESIZE would each show.
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)
  const height = await waitForFrameToFitForm(host)
  const rejected = await logCount(page, 'rejected')
  await forge(page, 'third-origin')
  await forge(page, 'embed-origin')
  await waitForRejected(page, rejected + 2 * forged)
  await settle(page)

  expect(await host.panelState()).toBe('ready')
  expect(await host.frameHeight()).toBe(height)
  expect(await host.toastsShown()).toEqual([])

  const log = await readMessageLog(page)
  const fromSpoof = log.filter((line) => line.origin === demoUrls.spoofOrigin)
  expect(fromSpoof).toHaveLength(2 * forged)
  expect(fromSpoof.every((line) => !line.accepted)).toBe(true)
  expect(fromSpoof.filter((line) => line.reason === 'origin-mismatch')).toHaveLength(forged)
  expect(fromSpoof.filter((line) => line.reason === 'panel-hidden')).toHaveLength(forged)
  const otherFrame = log.filter((line) => line.origin === demoUrls.embedOrigin && !line.accepted)
  expect(otherFrame).toHaveLength(forged)
  expect(otherFrame.every((line) => line.reason === 'not-own-frame')).toBe(true)
  // The only messages accepted are the real form's: one EMBED_READY and its resizes.
  const accepted = log.filter((line) => line.direction === 'in' && line.accepted)
  expect(accepted.map((line) => line.type).filter((type) => type !== 'EMBED_RESIZE')).toEqual(['EMBED_READY'])
  expect(accepted.every((line) => line.origin === demoUrls.embedOrigin)).toBe(true)

  // The drawer scrolls on its own: bring the log's title and counters to its top.
  await scrollToTop(page, byTestId('message-log'), 'section.drawer-section')
  await screenshot(page, '07-spoof-message-log')

  await page.click(HOST.back)
  await host.waitForPanel('hidden')
  expect(await host.ticketIds()).toEqual(tickets)
  const calls = await api.log()
  expect(calls.filter((call) => call.method === 'POST' && call.path === '/v1/tickets')).toEqual([])
  expect(linkCalls(calls)).toEqual([])
})
