import { byTestId, textOf, waitForSelector } from '../driver/dom'
import type { FrameDriver } from '../driver/types'

/** Selectors of the reference CRM form (`demo/embed`). */
export const FORM = {
  customer: byTestId('embed-customer'),
  subject: byTestId('embed-subject'),
  description: byTestId('embed-description'),
  priority: byTestId('embed-priority'),
  pipeline: byTestId('embed-pipeline'),
  submit: byTestId('embed-submit'),
  detailsToggle: byTestId('embed-details-toggle'),
  details: byTestId('embed-details'),
} as const

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
export async function waitForCustomer(form: FrameDriver): Promise<string> {
  const line = `${FORM.customer}[data-customer-id]`
  await waitForSelector(form, line, { state: 'attached' })
  return (await textOf(form, line)) ?? ''
}

/** Fills the form field by field, as an agent would. */
export async function fillTicketForm(form: FrameDriver, input: TicketFormInput): Promise<void> {
  await form.fill(FORM.subject, input.subject)
  if (input.description !== undefined) await form.fill(FORM.description, input.description)
  if (input.priority) await form.select(FORM.priority, { value: input.priority })
  if (input.pipeline) await form.select(FORM.pipeline, { label: input.pipeline })
}

/** Clicks "Create ticket". */
export async function submitTicketForm(form: FrameDriver): Promise<void> {
  await form.click(FORM.submit)
}
