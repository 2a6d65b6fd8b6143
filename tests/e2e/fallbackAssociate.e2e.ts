import { expect } from 'vitest'
import { attributeOf, count, waitForSelector } from './driver/dom'
import { linkCalls } from './support/demoApi'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { fillTicketForm, submitTicketForm, waitForCustomer } from './support/ticketForm'

test('TCKT-S04: a ticket the CRM did not link itself is linked by the fallback, once', async ({ host, api }) => {
  const { page, form } = host
  await api.control({ autoAssociate: false })
  await host.goto()

  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)
  await fillTicketForm(form, { subject: 'Voucher code rejected at checkout', pipeline: 'Billing' })
  await submitTicketForm(form)

  await host.waitForPanel('hidden')
  const created = { hasText: 'Voucher code rejected at checkout' }
  await waitForSelector(page, HOST.ticketRow, created)
  await host.waitForToast('Ticket created successfully')
  const ticketId = await attributeOf(page, HOST.ticketRow, 'data-ticket-id', created)

  const links = linkCalls(await api.log())
  expect(links.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
    { method: 'POST', path: `/v1/leads/cus-1001/tickets/${ticketId}`, status: 201 },
  ])
  expect(await count(page, HOST.pendingRow)).toBe(0)
})
