import { expect } from 'vitest'
import { waitForSelector } from './driver/dom'
import { test } from './support/e2eTest'
import { FRAME_HEIGHT_BOUNDS, formContentHeight, waitForFrameToFitForm } from './support/frameHeight'
import { FORM, waitForCustomer } from './support/ticketForm'

const lines = (count: number) => Array.from({ length: count }, (_, i) => `Line ${i + 1} of what the customer said.`).join('\n')

test('EMBED_RESIZE: the iframe follows the form as it grows and shrinks, within the clamp', async ({ host }) => {
  const { form } = host
  await host.goto()
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)
  const initial = await waitForFrameToFitForm(host)

  await form.click(FORM.detailsToggle)
  await waitForSelector(form, FORM.details)
  const withDetails = await waitForFrameToFitForm(host)
  expect(withDetails).toBeGreaterThan(initial)

  // The description grows with its text.
  await form.fill(FORM.description, lines(12))
  const withText = await waitForFrameToFitForm(host)
  expect(withText).toBeGreaterThan(withDetails)

  // Far taller than the clamp: the frame stops at the maximum and the form scrolls inside it.
  await form.fill(FORM.description, lines(200))
  expect(await formContentHeight(host)).toBeGreaterThan(FRAME_HEIGHT_BOUNDS.max)
  expect(await waitForFrameToFitForm(host)).toBe(FRAME_HEIGHT_BOUNDS.max)

  await form.fill(FORM.description, '')
  await form.click(FORM.detailsToggle)
  await waitForSelector(form, FORM.details, { state: 'hidden' })
  expect(await waitForFrameToFitForm(host)).toBe(initial)
})
