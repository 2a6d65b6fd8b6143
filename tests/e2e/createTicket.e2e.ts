import { expect } from 'vitest'
import { attributeOf, scrollToTop, textOf, waitForSelector } from './driver/dom'
import { screenshot } from './support/artifacts'
import { linkCalls } from './support/demoApi'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { fillTicketForm, submitTicketForm, waitForCustomer } from './support/ticketForm'

test('TCKT-S03: open, fill the CRM form, create: the panel closes, the list shows the ticket, a toast confirms', async ({ host, api, demoUrls, session }) => {
  const { page, form } = host
  await host.goto()
  const before = await host.ticketIds()
  await screenshot(page, '01-ticket-list')

  await host.openCreatePanel()
  await host.waitForPanel('ready')
  expect(await waitForCustomer(form)).toContain('Rina Wijaya')
  // The form really runs on the other origin, in its own frame.
  expect(await form.evaluate(() => location.href)).toBe(`${demoUrls.embed}`)
  // The drawer's chart beside the form: the picture the README shows.
  const chart = `${HOST.chart}[data-highlighted="ready"]`
  await waitForSelector(page, chart, { state: 'attached' })
  await scrollToTop(page, chart, 'section')
  await fillTicketForm(form, {
    subject: 'Courier lost the parcel',
    description: 'Order #88412 shows delivered, the customer has nothing.',
    priority: 'high',
    pipeline: 'Support',
  })
  await screenshot(page, '03-panel-ready-with-form')

  await submitTicketForm(form)
  await host.waitForPanel('hidden')
  const created = { hasText: 'Courier lost the parcel' }
  await waitForSelector(page, HOST.ticketRow, created)
  await host.waitForToast('Ticket created successfully')
  await screenshot(page, '05-created-with-toast')

  const ticketId = await attributeOf(page, HOST.ticketRow, 'data-ticket-id', created)
  expect(ticketId).toMatch(/^tk-/)
  expect(await host.ticketIds()).toEqual(expect.arrayContaining([...before, ticketId]))
  expect(await textOf(page, HOST.ticketRow, created)).toContain('Support')
  // The CRM linked it itself (`isAutoAssociated: true`), so the host did not call the link endpoint.
  expect(linkCalls(await api.log())).toEqual([])
  // Every engine's log sees the page load the form from the embed origin.
  expect((await session.requestedUrls()).some((url) => url.startsWith(demoUrls.embed))).toBe(true)
})
