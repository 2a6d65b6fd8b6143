import { isTicketPriority } from '../../api'
import { readId, readPlainText } from '../../protocol/fields'
import { field, has, readRecord } from '../../protocol/record'
import type { NewTicket } from './store'

export const SUBJECT_MAX_LENGTH = 200
export const DESCRIPTION_MAX_LENGTH = 5000

/** A validated `POST /v1/tickets` body. */
export interface CreateTicketBody extends NewTicket {
  /** Overrides the control setting `autoAssociate` for this one ticket. */
  autoAssociate?: boolean
}

/**
 * Reads a `POST /v1/tickets` body, or returns the reason it is unusable (`'bad-field:subject'`, …)
 * for the 422 answer. Shape only: whether contact and pipeline exist is the store's question.
 * Angle brackets pass, as in a real CRM: rendering text safely is the page's job, and the demo and
 * e2e tests need a ticket titled `<img onerror=…>` to prove the page does it.
 */
export function readCreateTicketBody(body: unknown): CreateTicketBody | string {
  const record = readRecord(body)
  if (typeof record === 'string') return record
  const rawSubject = field(record, 'subject')
  const subject = typeof rawSubject === 'string' ? readPlainText(rawSubject.trim(), SUBJECT_MAX_LENGTH) : undefined
  if (!subject) return 'bad-field:subject'
  const rawDescription = field(record, 'description') ?? ''
  const description = readPlainText(rawDescription, DESCRIPTION_MAX_LENGTH)
  if (description === undefined) return 'bad-field:description'
  const priority = field(record, 'priority')
  if (!isTicketPriority(priority)) return 'bad-field:priority'
  const rawPipelineId = field(record, 'pipelineId')
  const pipelineId = rawPipelineId === null ? null : readId(rawPipelineId)
  if (pipelineId === undefined) return 'bad-field:pipelineId'
  const contactId = readId(field(record, 'contactId'))
  if (contactId === undefined) return 'bad-field:contactId'
  const result: CreateTicketBody = { subject, description, priority, pipelineId, contactId }
  if (has(record, 'autoAssociate')) {
    const autoAssociate = field(record, 'autoAssociate')
    if (typeof autoAssociate !== 'boolean') return 'bad-field:autoAssociate'
    result.autoAssociate = autoAssociate
  }
  return result
}
