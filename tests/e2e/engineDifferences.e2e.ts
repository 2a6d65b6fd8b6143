import { expect } from 'vitest'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { FORM, waitForCustomer } from './support/ticketForm'

/** True when keyboard focus, as the form's document sees it, is on its subject field. */
const subjectFocused = (subject: string) => document.activeElement?.matches(subject) ?? false

// The driver absorbs what differs between engines (`engine.quirks`); these tests keep each quirk
// honest, so a workaround is dropped when an engine changes and added when another needs it.
test('focus inside the cross-origin form: a script may move it in Chromium and Firefox, WebKit refuses; a click works everywhere', async ({ host, engine }) => {
  const { page, form } = host
  await host.goto()
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)

  // Focus on the host page first, so the frame does not have it.
  await page.focus(HOST.panel)
  const byScript = await form.evaluate((subject) => {
    document.querySelector<HTMLElement>(subject)?.focus()
    return document.activeElement?.matches(subject) ?? false
  }, FORM.subject)
  expect(byScript).toBe(engine.quirks.scriptFocusInCrossOriginFrame)

  // The driver's focus (a click where scripts are refused) reaches the field in every engine.
  await page.focus(HOST.panel)
  await form.focus(FORM.subject)
  expect(await form.evaluate(subjectFocused, FORM.subject)).toBe(true)
})
