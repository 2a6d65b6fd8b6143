import { expect } from 'vitest'
import { textOf, valueOf } from './driver/dom'
import { screenshot } from './support/artifacts'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { fillTicketForm, FORM, submitTicketForm, waitForCustomer } from './support/ticketForm'

/** What the reference form says when the CRM answers 500 (`demo/embed/describeCreateFailure.ts`). */
const EMBED_MESSAGE = 'The CRM could not create the ticket (HTTP 500). Nothing was saved, please try again.'

test("TCKT-S03/ERR-2: a create error shows the embed's message as text inline; Retry brings the form back", async ({ host, api }) => {
  const { page, form } = host
  await api.control({ createFails: true })
  await host.goto()
  const before = await host.ticketIds()

  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)
  await fillTicketForm(form, { subject: 'Wrong size delivered' })
  await submitTicketForm(form)

  await host.waitForPanel('error')
  const text = await textOf(page, HOST.error, { rendered: true })
  expect(text).toContain(EMBED_MESSAGE)
  expect(text).toContain('Error code: CREATE_FAILED')
  // Text, not markup: the message sits whole in one text node of the alert.
  const asTextNode = await page.evaluate(
    ({ selector, message }) =>
      [...(document.querySelector(selector)?.querySelectorAll('*') ?? [])].some((node) =>
        [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent?.trim() === message),
      ),
    { selector: HOST.error, message: EMBED_MESSAGE },
  )
  expect(asTextNode).toBe(true)
  expect(await host.toastsShown()).toEqual([])
  await screenshot(page, '04-error-create-failed')

  await api.control({ createFails: false })
  await page.click(HOST.retry)
  await host.waitForPanel('ready')
  expect(await waitForCustomer(form)).toContain('Rina Wijaya')
  expect(await valueOf(form, FORM.subject)).toBe('')

  // Nothing was created by the failed attempt.
  await page.click(HOST.back)
  await host.waitForPanel('hidden')
  expect(await host.ticketIds()).toEqual(before)
})
