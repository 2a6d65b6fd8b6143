export { createCrmClient } from './crmClient'
export type {
  AssociateTicketParams,
  AssociateTicketResult,
  CreateTicketInput,
  CreateTicketResult,
  CrmClient,
  CrmClientOptions,
  CrmRequestOptions,
  SearchTicketsOptions,
} from './crmClient'
export { HttpError, isHttpError } from './HttpError'
export { InvalidResponseError, isInvalidResponseError } from './InvalidResponseError'
export { TICKET_PRIORITIES, isTicketPriority, readPipeline, readTicket } from './ticket'
export type { Pipeline, Ticket, TicketPriority } from './ticket'
