import { expect } from 'vitest'
import { attributeOf, byTestId, count, textOf, waitForSelector } from './driver/dom'
import { screenshot } from './support/artifacts'
import { linkCalls } from './support/demoApi'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { fillTicketForm, submitTicketForm, waitForCustomer } from './support/ticketForm'

test('TCKT-S04/ERR-1: a ticket whose link failed stays "Not linked yet" across a reload until "Link now" links it', async ({ host, api }) => {
  const { page, form } = host
  // Three failures use up every attempt of the fallback (about 1 s and 2 s apart).
  await api.control({ autoAssociate: false, linkFailures: 3 })
  await host.goto()

  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)
  await fillTicketForm(form, { subject: 'Invoice address is wrong' })
  await submitTicketForm(form)

  await host.waitForPanel('hidden')
  await host.waitForToast("Ticket created but couldn't be linked")
  await waitForSelector(page, HOST.pendingRow)
  const ticketId = (await attributeOf(page, HOST.pendingRow, 'data-ticket-id')) ?? ''
  expect(ticketId).toMatch(/^tk-/)
  expect(await textOf(page, HOST.pendingRow, { rendered: true })).toContain('Not linked yet')
  expect(await count(page, host.ticketRow(ticketId))).toBe(0)
  expect(linkCalls(await api.log()).map((call) => call.status)).toEqual([503, 503, 503])
  await screenshot(page, '06-not-linked-row')

  // Kept in sessionStorage: the same tab after a reload still offers the link.
  await host.reload()
  const pending = `${HOST.pendingRow}[data-ticket-id="${ticketId}"]`
  await waitForSelector(page, pending)

  await page.click(`${pending} ${byTestId('link-now')}`)
  await waitForSelector(page, host.ticketRow(ticketId))
  await waitForSelector(page, HOST.pendingRow, { state: 'detached' })
  expect(linkCalls(await api.log()).map((call) => call.status)).toEqual([503, 503, 503, 201])
})
