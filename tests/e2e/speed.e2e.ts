import { expect } from 'vitest'
import { byTestId, waitForSelector } from './driver/dom'
import { screenshot } from './support/artifacts'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { FORM, fillTicketForm, submitTicketForm, waitForCustomer } from './support/ticketForm'

/** The drawer's live statechart once the panel is in `path` (e.g. `hidden.warm`). */
const chartAt = (path: string) => `${HOST.chart}[data-highlighted-path="${path}"]`

test('SPEED: the "+" menu preloads the form unseen, the ticket is listed at once, the kept form starts afresh, another customer gets a new form', async ({ host }) => {
  const { page, form } = host
  await host.goto()

  // Intent: the form loads out of sight and says it is ready; the list stays.
  await host.openMenu()
  await waitForSelector(page, chartAt('hidden.warm'), { state: 'attached' })
  expect(await host.isVisible(HOST.panel)).toBe(false)
  expect(await host.isVisible(byTestId('ticket-list'))).toBe(true)
  // Tags the iframe element, to tell the kept frame from a new one later.
  await page.evaluate((frame) => {
    document.querySelector<HTMLElement>(frame)!.dataset.e2eTag = 'first'
  }, HOST.frame)

  await page.click(HOST.menuCreateTicket)
  await host.waitForPanel('ready')
  expect(await waitForCustomer(form)).toContain('Rina Wijaya')
  await fillTicketForm(form, { subject: 'Label printer jams' })
  await submitTicketForm(form)
  // Listed at once, the panel out of sight, then confirmed by the re-fetch; the form is kept.
  await waitForSelector(page, HOST.ticketRow, { hasText: 'Label printer jams' })
  await host.waitForPanel('hidden')
  await waitForSelector(page, `${HOST.ticketRow}:not([data-provisional])`, { hasText: 'Label printer jams' })
  await waitForSelector(page, chartAt('hidden.warm'), { state: 'attached' })
  await screenshot(page, '01-listed-form-kept')

  // The next ticket: the same frame, emptied by the new EMBED_INIT, the customer shown again.
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  expect(await waitForCustomer(form)).toContain('Rina Wijaya')
  expect(await form.evaluate((subject) => (document.querySelector(subject) as HTMLInputElement).value, FORM.subject)).toBe('')
  expect(await page.evaluate((frame) => document.querySelector<HTMLElement>(frame)?.dataset.e2eTag ?? null, HOST.frame)).toBe('first')
  await screenshot(page, '02-kept-form-afresh')
  await page.click(HOST.back)
  await host.waitForPanel('hidden')

  // Another customer: a new section, a new frame, that customer's EMBED_INIT; nothing of the first.
  await page.select(byTestId('contact-select'), { value: 'cus-1002' })
  await waitForSelector(page, chartAt('hidden.idle'), { state: 'attached' })
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  const customer = await waitForCustomer(form)
  expect(customer).toContain('Budi Santoso')
  expect(customer).not.toContain('Rina')
  expect(await page.evaluate((frame) => document.querySelector<HTMLElement>(frame)?.dataset.e2eTag ?? null, HOST.frame)).toBeNull()
  await screenshot(page, '03-other-customer-new-form')
})
