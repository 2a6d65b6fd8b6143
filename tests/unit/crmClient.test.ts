import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { createCrmClient, HttpError, InvalidResponseError, isHttpError, type Ticket } from '../../api'

const BASE = 'https://crm.test/api'

const TICKET: Ticket = {
  id: 'tk-1',
  subject: 'Refund not received',
  status: 'open',
  priority: 'high',
  pipelineId: 'pl-billing',
  pipelineName: 'Billing',
  createdAt: '2024-05-01T08:00:00.000Z',
}

const server = setupServer()
/** Every request msw saw, so tests can prove that a hostile id sent none. */
const seen: Request[] = []

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  server.events.on('request:start', ({ request }) => {
    seen.push(request)
  })
})
afterEach(() => {
  server.resetHandlers()
  seen.length = 0
})
afterAll(() => server.close())

describe('createCrmClient', () => {
  describe('listTickets', () => {
    it('GETs /v1/leads/{contactId}/tickets and returns the tickets', async () => {
      server.use(http.get(`${BASE}/v1/leads/:contactId/tickets`, ({ params }) =>
        params.contactId === 'cus-1001' ? HttpResponse.json({ data: [TICKET] }) : HttpResponse.json({ data: [] }),
      ))
      const tickets = await createCrmClient({ baseUrl: BASE }).listTickets('cus-1001')
      expect(tickets).toEqual([TICKET])
      expect(seen[0]?.method).toBe('GET')
      expect(seen[0]?.headers.get('accept')).toBe('application/json')
    })

    it('drops tickets of the wrong shape instead of failing the whole list', async () => {
      const { pipelineName: _omitted, ...withoutName } = TICKET
      server.use(http.get(`${BASE}/v1/leads/:contactId/tickets`, () =>
        HttpResponse.json({
          data: [
            TICKET,
            null,
            'tk-2',
            { ...TICKET, id: '../x' },
            { ...TICKET, id: 'tk-3', priority: 'whenever' },
            { ...TICKET, id: 'tk-4', subject: 42 },
            { ...TICKET, id: 'tk-5', pipelineId: 'a/b' },
            { ...TICKET, id: 'tk-6', pipelineName: {} },
            { ...withoutName, id: 'tk-7', pipelineId: null, extra: '<script>' },
            JSON.parse('{"__proto__": {"polluted": true}, "id": "tk-8"}'),
          ],
        }),
      ))
      const tickets = await createCrmClient({ baseUrl: BASE }).listTickets('cus-1001')
      expect(tickets.map((t) => t.id)).toEqual(['tk-1', 'tk-7'])
      expect(tickets[1]).toEqual({ ...withoutName, id: 'tk-7', pipelineId: null })
    })

    it('rejects with InvalidResponseError when the envelope is not { data: [] }', async () => {
      server.use(
        http.get(`${BASE}/v1/leads/a/tickets`, () => HttpResponse.json({ tickets: [] })),
        http.get(`${BASE}/v1/leads/b/tickets`, () => HttpResponse.text('<html>oops</html>')),
        http.get(`${BASE}/v1/leads/c/tickets`, () => HttpResponse.json([TICKET])),
      )
      const client = createCrmClient({ baseUrl: BASE })
      await expect(client.listTickets('a')).rejects.toBeInstanceOf(InvalidResponseError)
      await expect(client.listTickets('b')).rejects.toBeInstanceOf(InvalidResponseError)
      await expect(client.listTickets('c')).rejects.toBeInstanceOf(InvalidResponseError)
    })

    it('encodes ids that are valid but not path-safe everywhere (a:b → a%3Ab)', async () => {
      server.use(http.get(`${BASE}/v1/leads/:contactId/tickets`, () => HttpResponse.json({ data: [] })))
      await createCrmClient({ baseUrl: BASE }).listTickets('a:b')
      expect(new URL(seen[0]!.url).pathname).toBe('/api/v1/leads/a%3Ab/tickets')
    })

    it.each([
      ['../x'],
      ['1/2'],
      [''],
      ['..'],
      ['a b'],
      ['%2e%2e'],
      ['?query=1'],
      ['x'.repeat(65)],
    ])('rejects contactId %j with a TypeError and sends no request', async (contactId) => {
      const client = createCrmClient({ baseUrl: BASE })
      await expect(client.listTickets(contactId)).rejects.toThrow(new TypeError(`invalid contactId ${JSON.stringify(contactId.slice(0, 80))}`))
      expect(seen).toHaveLength(0)
    })

    it('rejects non-string ids as well (JavaScript callers)', async () => {
      const client = createCrmClient({ baseUrl: BASE })
      await expect(client.listTickets(undefined as unknown as string)).rejects.toThrow(TypeError)
      await expect(client.listTickets(7 as unknown as string)).rejects.toThrow(TypeError)
      expect(seen).toHaveLength(0)
    })
  })

  describe('searchTickets', () => {
    it('GETs /v1/tickets?query=… with the query encoded', async () => {
      server.use(http.get(`${BASE}/v1/tickets`, ({ request }) => {
        const query = new URL(request.url).searchParams.get('query')
        return HttpResponse.json({ data: query === 'refund & co' ? [TICKET] : [] })
      }))
      const tickets = await createCrmClient({ baseUrl: BASE }).searchTickets('refund & co')
      expect(tickets).toEqual([TICKET])
      expect(new URL(seen[0]!.url).searchParams.has('contactId')).toBe(false)
    })

    it('passes contactId when given, and validates it first', async () => {
      server.use(http.get(`${BASE}/v1/tickets`, () => HttpResponse.json({ data: [] })))
      const client = createCrmClient({ baseUrl: BASE })
      await client.searchTickets('x', { contactId: 'cus-1001' })
      expect(new URL(seen[0]!.url).searchParams.get('contactId')).toBe('cus-1001')
      await expect(client.searchTickets('x', { contactId: '../x' })).rejects.toThrow(TypeError)
      expect(seen).toHaveLength(1)
    })
  })

  describe('associateTicket', () => {
    const route = `${BASE}/v1/leads/:contactId/tickets/:ticketId`

    it.each([200, 201, 204])('resolves { alreadyLinked: false } on %i', async (status) => {
      server.use(http.post(route, () => new HttpResponse(status === 204 ? null : '{}', { status })))
      const result = await createCrmClient({ baseUrl: BASE }).associateTicket({ contactId: 'cus-1001', ticketId: 'tk-1' })
      expect(result).toEqual({ alreadyLinked: false })
      expect(seen[0]?.method).toBe('POST')
      expect(new URL(seen[0]!.url).pathname).toBe('/api/v1/leads/cus-1001/tickets/tk-1')
    })

    it('resolves { alreadyLinked: true } on 409 (TCKT-S04: already associated counts as success)', async () => {
      server.use(http.post(route, () => HttpResponse.json({ error: 'already-linked' }, { status: 409 })))
      const result = await createCrmClient({ baseUrl: BASE }).associateTicket({ contactId: 'cus-1001', ticketId: 'tk-1' })
      expect(result).toEqual({ alreadyLinked: true })
    })

    it.each([400, 404, 429, 500, 503])('rejects with HttpError carrying status %i and the body', async (status) => {
      server.use(http.post(route, () => HttpResponse.json({ error: 'nope' }, { status })))
      const error: unknown = await createCrmClient({ baseUrl: BASE })
        .associateTicket({ contactId: 'cus-1001', ticketId: 'tk-1' })
        .catch((e: unknown) => e)
      expect(isHttpError(error)).toBe(true)
      expect(error).toBeInstanceOf(HttpError)
      expect(error).toMatchObject({ name: 'HttpError', status, body: { error: 'nope' } })
    })

    it('keeps a non-JSON error body as text', async () => {
      server.use(http.post(route, () => HttpResponse.text('Bad Gateway', { status: 502 })))
      await expect(
        createCrmClient({ baseUrl: BASE }).associateTicket({ contactId: 'cus-1001', ticketId: 'tk-1' }),
      ).rejects.toMatchObject({ status: 502, body: 'Bad Gateway' })
    })

    it('encodes both ids', async () => {
      server.use(http.post(route, () => new HttpResponse(null, { status: 201 })))
      await createCrmClient({ baseUrl: BASE }).associateTicket({ contactId: 'a:b', ticketId: 'c:d' })
      expect(new URL(seen[0]!.url).pathname).toBe('/api/v1/leads/a%3Ab/tickets/c%3Ad')
    })

    it.each([
      ['contactId', { contactId: '../x', ticketId: 'tk-1' }],
      ['ticketId', { contactId: 'cus-1001', ticketId: '1/2' }],
      ['ticketId', { contactId: 'cus-1001', ticketId: '' }],
    ])('rejects a hostile %s with a TypeError before any request', async (name, ids) => {
      const client = createCrmClient({ baseUrl: BASE })
      await expect(client.associateTicket(ids)).rejects.toThrow(new RegExp(`^invalid ${name} "`))
      await expect(client.associateTicket(ids)).rejects.toBeInstanceOf(TypeError)
      expect(seen).toHaveLength(0)
    })
  })

  describe('createTicket', () => {
    const input = {
      subject: 'Cannot log in',
      description: 'Since this morning',
      priority: 'urgent' as const,
      pipelineId: 'pl-support',
      contactId: 'cus-1001',
    }

    it('POSTs the JSON body to /v1/tickets and returns the created ticket', async () => {
      let received: unknown
      server.use(http.post(`${BASE}/v1/tickets`, async ({ request }) => {
        received = await request.json()
        return HttpResponse.json({ data: { ...TICKET, id: 'tk-9' }, isAutoAssociated: true }, { status: 201 })
      }))
      const result = await createCrmClient({ baseUrl: BASE }).createTicket(input)
      expect(received).toEqual(input)
      expect(seen[0]?.headers.get('content-type')).toBe('application/json')
      expect(result).toEqual({ ticket: { ...TICKET, id: 'tk-9' }, isAutoAssociated: true })
    })

    it('sends autoAssociate when given, and reads a missing isAutoAssociated as false', async () => {
      let received: unknown
      server.use(http.post(`${BASE}/v1/tickets`, async ({ request }) => {
        received = await request.json()
        return HttpResponse.json({ data: TICKET }, { status: 201 })
      }))
      const result = await createCrmClient({ baseUrl: BASE }).createTicket({ ...input, pipelineId: null, autoAssociate: false })
      expect(received).toEqual({ ...input, pipelineId: null, autoAssociate: false })
      expect(result.isAutoAssociated).toBe(false)
    })

    it('rejects with HttpError on 422 and InvalidResponseError on a 201 without a ticket', async () => {
      const client = createCrmClient({ baseUrl: BASE })
      server.use(http.post(`${BASE}/v1/tickets`, () => HttpResponse.json({ error: 'bad-field:subject' }, { status: 422 })))
      await expect(client.createTicket(input)).rejects.toMatchObject({ status: 422, body: { error: 'bad-field:subject' } })
      server.use(http.post(`${BASE}/v1/tickets`, () => HttpResponse.json({ data: { id: 'tk-1' } }, { status: 201 })))
      await expect(client.createTicket(input)).rejects.toBeInstanceOf(InvalidResponseError)
    })

    it('validates contactId and pipelineId before any request', async () => {
      const client = createCrmClient({ baseUrl: BASE })
      await expect(client.createTicket({ ...input, contactId: '../x' })).rejects.toThrow('invalid contactId "../x"')
      await expect(client.createTicket({ ...input, pipelineId: '1/2' })).rejects.toThrow('invalid pipelineId "1/2"')
      expect(seen).toHaveLength(0)
    })
  })

  describe('listPipelines', () => {
    it('GETs /v1/pipelines and drops malformed entries', async () => {
      server.use(http.get(`${BASE}/v1/pipelines`, () =>
        HttpResponse.json({ data: [{ id: 'pl-support', name: 'Support' }, { id: '../x', name: 'Evil' }, { id: 'pl-x' }] }),
      ))
      expect(await createCrmClient({ baseUrl: BASE }).listPipelines()).toEqual([{ id: 'pl-support', name: 'Support' }])
    })
  })

  describe('errors every call shares', () => {
    it.each([404, 500])('rejects listTickets with HttpError status %i', async (status) => {
      server.use(http.get(`${BASE}/v1/leads/:contactId/tickets`, () => new HttpResponse(null, { status })))
      const error: unknown = await createCrmClient({ baseUrl: BASE }).listTickets('cus-1001').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(HttpError)
      expect((error as HttpError).status).toBe(status)
      expect((error as HttpError).body).toBeUndefined()
      expect((error as HttpError).message).toBe(`GET /v1/leads/cus-1001/tickets failed with HTTP ${status}`)
    })

    it('leaves a network failure as the TypeError fetch threw', async () => {
      server.use(http.get(`${BASE}/v1/leads/:contactId/tickets`, () => HttpResponse.error()))
      const error: unknown = await createCrmClient({ baseUrl: BASE }).listTickets('cus-1001').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TypeError)
      expect(isHttpError(error)).toBe(false)
    })

    it('rejects with the AbortError when the signal aborts mid-request', async () => {
      const controller = new AbortController()
      server.use(http.post(`${BASE}/v1/leads/:contactId/tickets/:ticketId`, async () => {
        controller.abort()
        await new Promise((resolve) => setTimeout(resolve, 50))
        return new HttpResponse(null, { status: 201 })
      }))
      const error: unknown = await createCrmClient({ baseUrl: BASE })
        .associateTicket({ contactId: 'cus-1001', ticketId: 'tk-1', signal: controller.signal })
        .catch((e: unknown) => e)
      // By name, not `instanceof DOMException`: under jsdom the global DOMException is another realm's.
      expect((error as DOMException).name).toBe('AbortError')
      expect(isHttpError(error)).toBe(false)
    })

    it('rejects with the AbortError when the signal was aborted before the call', async () => {
      server.use(http.get(`${BASE}/v1/tickets`, () => HttpResponse.json({ data: [] })))
      const error: unknown = await createCrmClient({ baseUrl: BASE })
        .searchTickets('x', { signal: AbortSignal.abort() })
        .catch((e: unknown) => e)
      expect((error as DOMException).name).toBe('AbortError')
    })
  })

  describe('options', () => {
    it('ignores trailing slashes of baseUrl', async () => {
      server.use(http.get(`${BASE}/v1/pipelines`, () => HttpResponse.json({ data: [] })))
      await createCrmClient({ baseUrl: `${BASE}///` }).listPipelines()
      expect(seen[0]?.url).toBe(`${BASE}/v1/pipelines`)
    })

    it('sends the configured headers, calling a header function per request', async () => {
      server.use(http.get(`${BASE}/v1/pipelines`, () => HttpResponse.json({ data: [] })))
      let token = 0
      const client = createCrmClient({ baseUrl: BASE, headers: () => ({ authorization: `Bearer ${++token}` }) })
      await client.listPipelines()
      await client.listPipelines()
      expect(seen.map((r) => r.headers.get('authorization'))).toEqual(['Bearer 1', 'Bearer 2'])
      await createCrmClient({ baseUrl: BASE, headers: { 'x-tenant': 't1' } }).listPipelines()
      expect(seen[2]?.headers.get('x-tenant')).toBe('t1')
    })

    it('calls a custom fetch as a plain function, so an unbound window.fetch works', async () => {
      const calls: unknown[] = []
      // `this` must not be the options object: a real window.fetch throws "Illegal invocation" then.
      const fetchSpy = function (this: unknown, input: RequestInfo | URL, _init?: RequestInit) {
        calls.push(this)
        calls.push(String(input))
        return Promise.resolve(Response.json({ data: [] }))
      } as typeof fetch
      const options = { baseUrl: BASE, fetch: fetchSpy }
      await createCrmClient(options).listTickets('cus-1001')
      expect(calls).toEqual([undefined, `${BASE}/v1/leads/cus-1001/tickets`])
      expect(seen).toHaveLength(0)
    })
  })
})
