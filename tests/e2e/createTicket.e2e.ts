import { expect } from 'vitest'
import { screenshot } from './support/artifacts'
import { linkCalls } from './support/demoApi'
import { test } from './support/e2eTest'
import { fillTicketForm, submitTicketForm, waitForCustomer } from './support/ticketForm'

test('TCKT-S03: open, fill the CRM form, create: the panel closes, the list shows the ticket, a toast confirms', async ({ host, api, demoUrls, session }) => {
  const { page, form } = host
  await host.goto()
  const before = await host.ticketIds()
  await screenshot(page, '01-ticket-list')

  await host.openCreatePanel()
  await host.waitForPanel('ready')
  expect(await waitForCustomer(form)).toContain('Rina Wijaya')
  // The drawer's chart beside the form: the picture the README shows.
  const chart = page.locator('[data-testid="live-statechart"][data-highlighted="ready"]')
  await chart.waitFor()
  await chart.evaluate((element) => element.closest('section')?.scrollIntoView({ block: 'start' }))
  await fillTicketForm(form, {
    subject: 'Courier lost the parcel',
    description: 'Order #88412 shows delivered, the customer has nothing.',
    priority: 'high',
    pipeline: 'Support',
  })
  await screenshot(page, '03-panel-ready-with-form')

  await submitTicketForm(form)
  await host.waitForPanel('hidden')
  const created = page.getByTestId('ticket-row').filter({ hasText: 'Courier lost the parcel' })
  await created.waitFor()
  await host.toasts.filter({ hasText: 'Ticket created successfully' }).waitFor()
  await screenshot(page, '05-created-with-toast')

  const ticketId = await created.getAttribute('data-ticket-id')
  expect(ticketId).toMatch(/^tk-/)
  expect(await host.ticketIds()).toEqual(expect.arrayContaining([...before, ticketId]))
  expect(await created.textContent()).toContain('Support')
  // The CRM linked it itself (`isAutoAssociated: true`), so the host did not call the link endpoint.
  expect(linkCalls(await api.log())).toEqual([])
  // The form really ran on the other origin, in its own frame.
  expect(session.requests.urls.some((url) => url.startsWith(`${demoUrls.embedOrigin}/embed/ticket/create`))).toBe(true)
})
