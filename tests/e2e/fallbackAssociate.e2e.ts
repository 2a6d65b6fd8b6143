import { expect } from 'vitest'
import { linkCalls } from './support/demoApi'
import { test } from './support/e2eTest'
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
  const created = page.getByTestId('ticket-row').filter({ hasText: 'Voucher code rejected at checkout' })
  await created.waitFor()
  await host.toasts.filter({ hasText: 'Ticket created successfully' }).waitFor()
  const ticketId = await created.getAttribute('data-ticket-id')

  const links = linkCalls(await api.log())
  expect(links.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
    { method: 'POST', path: `/v1/leads/cus-1001/tickets/${ticketId}`, status: 201 },
  ])
  expect(await host.pendingRows.count()).toBe(0)
})
