import type { FrameLocator } from 'playwright-core'

/** What the tests type into the reference CRM form. */
export interface TicketFormInput {
  subject: string
  description?: string
  priority?: 'low' | 'medium' | 'high' | 'urgent'
  /** A pipeline's label, e.g. `'Billing'`. */
  pipeline?: string
}

/**
 * Waits until the form has received `EMBED_INIT` (it unlocks and names the customer) and returns
 * the customer line, e.g. `For Rina Wijaya · cus-1001 · …`.
 */
export async function waitForCustomer(form: FrameLocator): Promise<string> {
  const line = form.locator('[data-testid="embed-customer"][data-customer-id]')
  await line.waitFor()
  return (await line.textContent()) ?? ''
}

/** Fills the form field by field, as an agent would. */
export async function fillTicketForm(form: FrameLocator, input: TicketFormInput): Promise<void> {
  await form.getByTestId('embed-subject').fill(input.subject)
  if (input.description !== undefined) await form.getByTestId('embed-description').fill(input.description)
  if (input.priority) await form.getByTestId('embed-priority').selectOption(input.priority)
  if (input.pipeline) await form.getByTestId('embed-pipeline').selectOption({ label: input.pipeline })
}

/** Clicks "Create ticket". */
export async function submitTicketForm(form: FrameLocator): Promise<void> {
  await form.getByTestId('embed-submit').click()
}
