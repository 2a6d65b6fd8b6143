import { expect } from 'vitest'
import { screenshot } from './support/artifacts'
import { linkCalls } from './support/demoApi'
import { test } from './support/e2eTest'
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
  await host.toasts.filter({ hasText: "Ticket created but couldn't be linked" }).waitFor()
  const pending = host.pendingRows.first()
  await pending.waitFor()
  const ticketId = (await pending.getAttribute('data-ticket-id')) ?? ''
  expect(ticketId).toMatch(/^tk-/)
  expect(await pending.innerText()).toContain('Not linked yet')
  expect(await host.ticketRow(ticketId).count()).toBe(0)
  expect(linkCalls(await api.log()).map((call) => call.status)).toEqual([503, 503, 503])
  await screenshot(page, '06-not-linked-row')

  // Kept in sessionStorage: the same tab after a reload still offers the link.
  await host.reload()
  await page.locator(`[data-testid="pending-link-row"][data-ticket-id="${ticketId}"]`).waitFor()

  await pending.getByTestId('link-now').click()
  await host.ticketRow(ticketId).waitFor()
  await host.pendingRows.first().waitFor({ state: 'detached' })
  expect(linkCalls(await api.log()).map((call) => call.status)).toEqual([503, 503, 503, 201])
})
