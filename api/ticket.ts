import { readId } from '../protocol/fields'
import { field, readRecord } from '../protocol/record'

/** Ticket priorities the CRM knows, lowest first. */
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const

/** One of {@link TICKET_PRIORITIES}. */
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]

/** A CRM ticket as the API returns it. */
export interface Ticket {
  id: string
  subject: string
  status: string
  priority: TicketPriority
  pipelineId: string | null
  pipelineName?: string
  /** ISO 8601 timestamp. */
  createdAt: string
}

/** A ticket pipeline, e.g. `{ id: 'pl-support', name: 'Support' }`. */
export interface Pipeline {
  id: string
  name: string
}

/** True when `value` is one of {@link TICKET_PRIORITIES}. */
export function isTicketPriority(value: unknown): value is TicketPriority {
  return typeof value === 'string' && (TICKET_PRIORITIES as readonly string[]).includes(value)
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/**
 * Reads one ticket from untrusted JSON, or `undefined` when its shape is wrong. The result is a
 * fresh object with only the known fields, so nothing the server added leaks further.
 */
export function readTicket(value: unknown): Ticket | undefined {
  const record = readRecord(value)
  if (typeof record === 'string') return undefined
  const id = readId(field(record, 'id'))
  const subject = readString(field(record, 'subject'))
  const status = readString(field(record, 'status'))
  const priority = field(record, 'priority')
  const createdAt = readString(field(record, 'createdAt'))
  const rawPipelineId = field(record, 'pipelineId')
  // Absent and null both mean "no pipeline"; anything else must be a valid id.
  const pipelineId = rawPipelineId === undefined || rawPipelineId === null ? null : readId(rawPipelineId)
  const pipelineName = field(record, 'pipelineName')
  if (id === undefined || subject === undefined || status === undefined || createdAt === undefined) return undefined
  if (!isTicketPriority(priority) || pipelineId === undefined) return undefined
  if (pipelineName !== undefined && typeof pipelineName !== 'string') return undefined
  const ticket: Ticket = { id, subject, status, priority, pipelineId, createdAt }
  if (pipelineName !== undefined) ticket.pipelineName = pipelineName
  return ticket
}

/** Reads a pipeline from untrusted JSON, or `undefined` when its shape is wrong. */
export function readPipeline(value: unknown): Pipeline | undefined {
  const record = readRecord(value)
  if (typeof record === 'string') return undefined
  const id = readId(field(record, 'id'))
  const name = readString(field(record, 'name'))
  return id === undefined || name === undefined ? undefined : { id, name }
}
