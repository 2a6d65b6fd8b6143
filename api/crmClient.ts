import { isValidId } from '../protocol/fields'
import { field, readRecord } from '../protocol/record'
import { HttpError } from './HttpError'
import { InvalidResponseError } from './InvalidResponseError'
import { readPipeline, readTicket, type Pipeline, type Ticket, type TicketPriority } from './ticket'

/** Options of {@link createCrmClient}. */
export interface CrmClientOptions {
  /** Base URL of the CRM API, e.g. `https://crm.example.com/api`. Trailing slashes are ignored. */
  baseUrl: string
  /**
   * The fetch to use (the host app's own, with its auth or tracing).
   * @default globalThis.fetch, looked up on every call
   */
  fetch?: typeof fetch
  /**
   * Headers sent with every request. A function is called per request, so a rotating token works.
   * @default {}
   */
  headers?: HeadersInit | (() => HeadersInit)
}

/** Options every call accepts. */
export interface CrmRequestOptions {
  /** Aborts the request; the call then rejects with the `AbortError` fetch throws. */
  signal?: AbortSignal
}

/** Options of {@link CrmClient.searchTickets}. */
export interface SearchTicketsOptions extends CrmRequestOptions {
  /** The contact the search is for; the API may leave out tickets already linked to it. */
  contactId?: string
}

/** Arguments of {@link CrmClient.associateTicket}. */
export interface AssociateTicketParams extends CrmRequestOptions {
  contactId: string
  ticketId: string
}

/** What {@link CrmClient.associateTicket} resolves to. */
export interface AssociateTicketResult {
  /** `true` when the API answered 409: the link existed before, which is as good as success. */
  alreadyLinked: boolean
}

/** Body of {@link CrmClient.createTicket}. */
export interface CreateTicketInput {
  subject: string
  description: string
  priority: TicketPriority
  pipelineId: string | null
  contactId: string
  /** Asks the CRM to link the new ticket to `contactId` itself; the CRM decides when absent. */
  autoAssociate?: boolean
}

/** What {@link CrmClient.createTicket} resolves to. */
export interface CreateTicketResult {
  ticket: Ticket
  /** `true` only when the CRM says it linked the ticket to the contact; absent reads as `false`. */
  isAutoAssociated: boolean
}

/** The typed CRM API client {@link createCrmClient} returns. */
export interface CrmClient {
  /** `GET /v1/leads/{contactId}/tickets`: the tickets linked to a contact. */
  listTickets(contactId: string, options?: CrmRequestOptions): Promise<Ticket[]>
  /** `GET /v1/tickets?query=…[&contactId=…]`: tickets matching free text. */
  searchTickets(query: string, options?: SearchTicketsOptions): Promise<Ticket[]>
  /** `POST /v1/leads/{contactId}/tickets/{ticketId}`: links a ticket; 409 resolves `{ alreadyLinked: true }`. */
  associateTicket(params: AssociateTicketParams): Promise<AssociateTicketResult>
  /** `POST /v1/tickets`: creates a ticket. */
  createTicket(input: CreateTicketInput, options?: CrmRequestOptions): Promise<CreateTicketResult>
  /** `GET /v1/pipelines`: the pipelines a ticket can be filed under. */
  listPipelines(options?: CrmRequestOptions): Promise<Pipeline[]>
}

/**
 * Ids go into URL paths: validate first (so `../x` or `1/2` can never reach the server as a path),
 * then encode anyway, because `:` is valid in an id but not in every path-matching router.
 */
function idSegment(name: string, value: unknown): string {
  return encodeURIComponent(assertId(name, value))
}

/** Throws `TypeError('invalid <name> "<value>"')` unless `value` is a valid id string. */
function assertId(name: string, value: unknown): string {
  if (typeof value !== 'string' || !isValidId(value)) {
    throw new TypeError(`invalid ${name} ${JSON.stringify(String(value).slice(0, 80))}`)
  }
  return value
}

/** The body of a failed response, for {@link HttpError.body}; never throws. */
async function readErrorBody(response: Response): Promise<unknown> {
  try {
    const text = await response.text()
    if (text === '') return undefined
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  } catch {
    return undefined
  }
}

/** Reads `data` from a JSON envelope `{ data }`; the status is checked by the caller. */
async function readData(response: Response, what: string): Promise<{ data: unknown; record: Readonly<Record<string, unknown>> }> {
  // `text()` rather than `json()`: an abort while reading must stay an AbortError, a parse error must not.
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new InvalidResponseError(response.status, `${what}: response is not JSON`)
  }
  const record = readRecord(json)
  if (typeof record === 'string') throw new InvalidResponseError(response.status, `${what}: response is not an object`)
  return { data: field(record, 'data'), record }
}

/** Reads a `{ data: T[] }` envelope, dropping items whose shape is wrong. */
async function readList<T>(response: Response, what: string, readItem: (value: unknown) => T | undefined): Promise<T[]> {
  const { data } = await readData(response, what)
  if (!Array.isArray(data)) throw new InvalidResponseError(response.status, `${what}: data is not an array`)
  const items: T[] = []
  for (const value of data) {
    const item = readItem(value)
    if (item !== undefined) items.push(item)
  }
  return items
}

/**
 * Creates a typed client for the CRM endpoints the host page uses. No dependencies; every call
 * rejects with an {@link HttpError} for an unusable status, the `TypeError` fetch throws for a
 * network failure, the `AbortError` for an abort, an {@link InvalidResponseError} for a 2xx body
 * of the wrong shape, and a `TypeError` (before any request) for an invalid id.
 *
 * @example
 * const crm = createCrmClient({ baseUrl: 'https://crm.example.com/api' })
 * const tickets = await crm.listTickets('cus-1001')
 */
export function createCrmClient(options: CrmClientOptions): CrmClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  // Called as a plain function, never as `options.fetch(...)`: `window.fetch` invoked with another
  // `this` throws "Illegal invocation". The default looks fetch up per call so a later patch (a
  // test's mock, an APM wrapper) is honoured.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const extraHeaders = options.headers

  async function send(method: 'GET' | 'POST', path: string, signal: AbortSignal | undefined, body?: unknown): Promise<Response> {
    const headers = new Headers(typeof extraHeaders === 'function' ? extraHeaders() : extraHeaders)
    if (!headers.has('accept')) headers.set('accept', 'application/json')
    const init: RequestInit = { method, headers }
    if (signal) init.signal = signal
    if (body !== undefined) {
      headers.set('content-type', 'application/json')
      init.body = JSON.stringify(body)
    }
    return doFetch(`${baseUrl}${path}`, init)
  }

  async function expectOk(response: Response, method: string, path: string): Promise<void> {
    if (response.ok) return
    const body = await readErrorBody(response)
    throw new HttpError(response.status, `${method} ${path} failed with HTTP ${response.status}`, body)
  }

  return {
    async listTickets(contactId, { signal } = {}) {
      const path = `/v1/leads/${idSegment('contactId', contactId)}/tickets`
      const response = await send('GET', path, signal)
      await expectOk(response, 'GET', path)
      return readList(response, `GET ${path}`, readTicket)
    },

    async searchTickets(query, { signal, contactId } = {}) {
      const params = new URLSearchParams({ query: String(query) })
      if (contactId !== undefined) params.set('contactId', assertId('contactId', contactId))
      // Messages name the path without the query: search text may be personal data.
      const path = '/v1/tickets'
      const response = await send('GET', `${path}?${params.toString()}`, signal)
      await expectOk(response, 'GET', path)
      return readList(response, `GET ${path}`, readTicket)
    },

    async associateTicket({ contactId, ticketId, signal }) {
      const path = `/v1/leads/${idSegment('contactId', contactId)}/tickets/${idSegment('ticketId', ticketId)}`
      const response = await send('POST', path, signal)
      // 409: the link is already there, which is what the caller wanted.
      const alreadyLinked = response.status === 409
      if (!alreadyLinked) await expectOk(response, 'POST', path)
      // The body is not needed; cancelling frees the connection. Not awaited: some stream
      // implementations (msw's, for one) settle the cancel only once the body was fully produced.
      response.body?.cancel().catch(() => undefined)
      return { alreadyLinked }
    },

    async createTicket(input, { signal } = {}) {
      assertId('contactId', input.contactId)
      if (input.pipelineId !== null) assertId('pipelineId', input.pipelineId)
      const path = '/v1/tickets'
      const body: Record<string, unknown> = {
        subject: input.subject,
        description: input.description,
        priority: input.priority,
        pipelineId: input.pipelineId,
        contactId: input.contactId,
      }
      if (input.autoAssociate !== undefined) body.autoAssociate = input.autoAssociate
      const response = await send('POST', path, signal, body)
      await expectOk(response, 'POST', path)
      const { data, record } = await readData(response, `POST ${path}`)
      const ticket = readTicket(data)
      if (!ticket) throw new InvalidResponseError(response.status, `POST ${path}: data is not a ticket`)
      return { ticket, isAutoAssociated: field(record, 'isAutoAssociated') === true }
    },

    async listPipelines({ signal } = {}) {
      const path = '/v1/pipelines'
      const response = await send('GET', path, signal)
      await expectOk(response, 'GET', path)
      return readList(response, `GET ${path}`, readPipeline)
    },
  }
}
