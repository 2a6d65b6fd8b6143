// @vitest-environment node
import { request as httpRequest } from 'node:http'
import { createCrmClient, HttpError, type Ticket } from '../../api'
import { applyControlPatch, DEFAULT_CONTROL } from '../../demo/api/control'
import { RequestLog } from '../../demo/api/requestLog'
import { createCrmApiServer, type CrmApiServer } from '../../demo/api/server'
import { CrmStore } from '../../demo/api/store'

const HOST_ORIGIN = 'http://localhost:5173'
const EMBED_ORIGIN = 'http://127.0.0.1:5174'
const EVIL_ORIGIN = 'http://evil.test'
const NOW = new Date('2024-06-01T12:00:00.000Z')

const NEW_TICKET = {
  subject: 'Cannot export report',
  description: 'The export button does nothing.',
  priority: 'medium',
  pipelineId: 'pl-support',
  contactId: 'cus-1001',
}

let api: CrmApiServer

beforeAll(async () => {
  api = await createCrmApiServer({ port: 0, allowedOrigins: [HOST_ORIGIN, `${EMBED_ORIGIN}/`], now: () => NOW })
})
afterAll(() => api.close())
beforeEach(async () => {
  const res = await fetch(`${api.url}/__control/reset`, { method: 'POST' })
  expect(res.status).toBe(200)
})

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api.url}${path}`, { headers })
}

function post(path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
}

/** GET with the path sent byte for byte: fetch would resolve a literal `..` segment before sending. */
function rawGet(path: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${api.url}/`, { path }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }))
    })
    req.on('error', reject)
    req.end()
  })
}

async function json(res: Response): Promise<unknown> {
  return res.json() as Promise<unknown>
}

async function ticketIds(contactId: string): Promise<string[]> {
  const body = (await json(await get(`/v1/leads/${contactId}/tickets`))) as { data: Ticket[] }
  return body.data.map((t) => t.id)
}

describe('createCrmApiServer', () => {
  it('listens on the loopback port it was given and reports its url', () => {
    expect(api.url).toBe(`http://127.0.0.1:${api.port}`)
    expect(api.port).toBeGreaterThan(0)
  })

  describe('GET /v1/pipelines', () => {
    it('lists the seeded pipelines', async () => {
      const res = await get('/v1/pipelines')
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(await json(res)).toEqual({
        data: [
          { id: 'pl-support', name: 'Support' },
          { id: 'pl-billing', name: 'Billing' },
          { id: 'pl-onboarding', name: 'Onboarding' },
        ],
      })
    })
  })

  describe('GET /v1/leads/:contactId/tickets', () => {
    it("lists a contact's tickets newest first, with the pipeline name", async () => {
      const res = await get('/v1/leads/cus-1001/tickets')
      expect(res.status).toBe(200)
      const { data } = (await json(res)) as { data: Ticket[] }
      expect(data.map((t) => t.id)).toEqual(['tk-3002', 'tk-3001', 'tk-3003'])
      expect(data[0]).toEqual({
        id: 'tk-3002',
        subject: 'Cannot log in to the mobile app',
        status: 'in_progress',
        priority: 'urgent',
        pipelineId: 'pl-support',
        pipelineName: 'Support',
        createdAt: '2024-05-06T13:40:00.000Z',
      })
    })

    it('answers an empty list for a contact without tickets', async () => {
      expect(await ticketIds('cus-1003')).toEqual([])
    })

    it('answers 404 for an unknown contact', async () => {
      const res = await get('/v1/leads/cus-9999/tickets')
      expect(res.status).toBe(404)
      expect(await json(res)).toEqual({ error: 'unknown-contact' })
    })

    it.each([
      ['..%2Fx', 'bad-id:contactId'],
      ['1%2F2', 'bad-id:contactId'],
      ['..', 'bad-id:contactId'],
      ['%E0%A4%A', 'bad-path'],
      ['a%20b', 'bad-id:contactId'],
    ])('answers 400 for the hostile id %s', async (segment, error) => {
      expect(await rawGet(`/v1/leads/${segment}/tickets`)).toEqual({ status: 400, body: { error } })
    })

    it('decodes an encoded valid id (a%3Ab → a:b) before looking it up', async () => {
      const res = await get('/v1/leads/a%3Ab/tickets')
      expect(res.status).toBe(404)
      expect(await json(res)).toEqual({ error: 'unknown-contact' })
    })
  })

  describe('GET /v1/tickets?query=', () => {
    it('finds tickets by subject, case-insensitively', async () => {
      const { data } = (await json(await get('/v1/tickets?query=PAYMENT'))) as { data: Ticket[] }
      expect(data.map((t) => t.id)).toEqual(['tk-3005'])
    })

    it('finds tickets by id, and an empty query lists everything', async () => {
      const byId = (await json(await get('/v1/tickets?query=tk-3008'))) as { data: Ticket[] }
      expect(byId.data.map((t) => t.id)).toEqual(['tk-3008'])
      const all = (await json(await get('/v1/tickets'))) as { data: Ticket[] }
      expect(all.data).toHaveLength(9)
    })

    it('leaves out tickets already linked to contactId', async () => {
      const { data } = (await json(await get('/v1/tickets?query=&contactId=cus-1001'))) as { data: Ticket[] }
      expect(data.map((t) => t.id)).not.toContain('tk-3001')
      expect(data).toHaveLength(6)
    })

    it('answers 400 for an overlong query or an invalid contactId', async () => {
      expect((await get(`/v1/tickets?query=${'x'.repeat(201)}`)).status).toBe(400)
      const res = await get('/v1/tickets?query=a&contactId=..%2Fx')
      expect(res.status).toBe(400)
      expect(await json(res)).toEqual({ error: 'bad-query:contactId' })
    })
  })

  describe('POST /v1/tickets', () => {
    it('creates a ticket, links it to the contact itself by default and says so', async () => {
      const res = await post('/v1/tickets', NEW_TICKET)
      expect(res.status).toBe(201)
      expect(await json(res)).toEqual({
        data: {
          id: 'tk-3010',
          subject: NEW_TICKET.subject,
          status: 'open',
          priority: 'medium',
          pipelineId: 'pl-support',
          pipelineName: 'Support',
          createdAt: NOW.toISOString(),
        },
        isAutoAssociated: true,
      })
      expect(await ticketIds('cus-1001')).toContain('tk-3010')
    })

    it('does not link when the body asks autoAssociate: false', async () => {
      const res = await post('/v1/tickets', { ...NEW_TICKET, autoAssociate: false, pipelineId: null })
      expect(res.status).toBe(201)
      const body = (await json(res)) as { data: Ticket; isAutoAssociated: boolean }
      expect(body.isAutoAssociated).toBe(false)
      expect(body.data.pipelineId).toBeNull()
      expect(body.data).not.toHaveProperty('pipelineName')
      expect(await ticketIds('cus-1001')).not.toContain(body.data.id)
    })

    it('does not link when the control says autoAssociate: false (OQ-6)', async () => {
      await post('/__control', { autoAssociate: false })
      const body = (await json(await post('/v1/tickets', NEW_TICKET))) as { data: Ticket; isAutoAssociated: boolean }
      expect(body.isAutoAssociated).toBe(false)
      expect(await ticketIds('cus-1001')).not.toContain(body.data.id)
    })

    it.each([
      ['a body that is not an object', [1, 2], 'not-object'],
      ['a blank subject', { ...NEW_TICKET, subject: '   ' }, 'bad-field:subject'],
      ['a control character in the subject', { ...NEW_TICKET, subject: 'a\u0000b' }, 'bad-field:subject'],
      ['an overlong subject', { ...NEW_TICKET, subject: 'x'.repeat(201) }, 'bad-field:subject'],
      ['a non-string description', { ...NEW_TICKET, description: 5 }, 'bad-field:description'],
      ['an unknown priority', { ...NEW_TICKET, priority: 'asap' }, 'bad-field:priority'],
      ['a hostile pipelineId', { ...NEW_TICKET, pipelineId: '../x' }, 'bad-field:pipelineId'],
      ['a missing contactId', { ...NEW_TICKET, contactId: undefined }, 'bad-field:contactId'],
      ['a non-boolean autoAssociate', { ...NEW_TICKET, autoAssociate: 'yes' }, 'bad-field:autoAssociate'],
      ['an unknown pipeline', { ...NEW_TICKET, pipelineId: 'pl-nope' }, 'unknown-pipeline'],
      ['an unknown contact', { ...NEW_TICKET, contactId: 'cus-9999' }, 'unknown-contact'],
    ])('answers 422 for %s', async (_name, body, error) => {
      const res = await post('/v1/tickets', body)
      expect(res.status).toBe(422)
      expect(await json(res)).toEqual({ error })
    })

    it('stores markup in a subject as text, verbatim (the page must render it safely)', async () => {
      const subject = '<img src=x onerror=alert(1)> Price < 100'
      const res = await post('/v1/tickets', { ...NEW_TICKET, subject, description: 'line 1\nline 2' })
      expect(res.status).toBe(201)
      expect(((await json(res)) as { data: Ticket }).data.subject).toBe(subject)
    })

    it('answers 400 for a body that is not JSON', async () => {
      const res = await post('/v1/tickets', '{"subject":')
      expect(res.status).toBe(400)
      expect(await json(res)).toEqual({ error: 'invalid-json' })
    })

    it('answers 415 for a body that is not declared application/json (no simple cross-site POST)', async () => {
      const res = await fetch(`${api.url}/v1/tickets`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(NEW_TICKET) })
      expect(res.status).toBe(415)
    })

    it('answers 413 for a body over 16 KB', async () => {
      const res = await post('/v1/tickets', { ...NEW_TICKET, description: 'x'.repeat(17 * 1024) })
      expect(res.status).toBe(413)
      expect(await json(res)).toEqual({ error: 'body-too-large' })
    })

    it('answers 413 for a streamed body without content-length once it passes 16 KB', async () => {
      const chunk = new TextEncoder().encode(' '.repeat(4096))
      let sent = 0
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 8) controller.enqueue(chunk)
          else controller.close()
        },
      })
      const res = await fetch(`${api.url}/v1/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit)
      expect(res.status).toBe(413)
    })
  })

  describe('POST /v1/leads/:contactId/tickets/:ticketId', () => {
    it('links an unlinked ticket (201), then answers 409 for the same link', async () => {
      const first = await post('/v1/leads/cus-1001/tickets/tk-3005')
      expect(first.status).toBe(201)
      expect(await json(first)).toEqual({ data: { contactId: 'cus-1001', ticketId: 'tk-3005' } })
      expect(await ticketIds('cus-1001')).toContain('tk-3005')
      const again = await post('/v1/leads/cus-1001/tickets/tk-3005')
      expect(again.status).toBe(409)
      expect(await json(again)).toEqual({ error: 'already-linked' })
    })

    it('answers 404 for an unknown ticket or contact', async () => {
      const noTicket = await post('/v1/leads/cus-1001/tickets/tk-0000')
      expect(noTicket.status).toBe(404)
      expect(await json(noTicket)).toEqual({ error: 'unknown-ticket' })
      const noContact = await post('/v1/leads/cus-9999/tickets/tk-3005')
      expect(noContact.status).toBe(404)
      expect(await json(noContact)).toEqual({ error: 'unknown-contact' })
    })

    it('answers 400 for a hostile ticket id', async () => {
      const res = await post('/v1/leads/cus-1001/tickets/1%2F2')
      expect(res.status).toBe(400)
      expect(await json(res)).toEqual({ error: 'bad-id:ticketId' })
    })
  })

  describe('routing', () => {
    it('answers 404 for an unknown path, including a trailing slash', async () => {
      expect((await get('/v1/nothing')).status).toBe(404)
      expect((await get('/v1/pipelines/')).status).toBe(404)
    })

    it('answers 405 with Allow for a known path and the wrong method', async () => {
      const res = await post('/v1/pipelines', {})
      expect(res.status).toBe(405)
      expect(res.headers.get('allow')).toBe('GET, OPTIONS')
    })
  })

  describe('CORS', () => {
    it('echoes an allowed origin exactly, with Vary: Origin', async () => {
      for (const origin of [HOST_ORIGIN, EMBED_ORIGIN]) {
        const res = await get('/v1/pipelines', { origin })
        expect(res.status).toBe(200)
        expect(res.headers.get('access-control-allow-origin')).toBe(origin)
        expect(res.headers.get('vary')).toBe('Origin')
      }
    })

    it.each([EVIL_ORIGIN, 'http://localhost:5174', 'https://localhost:5173', 'null', `${HOST_ORIGIN}.evil.test`])(
      'refuses origin %s with 403 and no CORS header, and changes nothing',
      async (origin) => {
        const res = await post('/v1/leads/cus-1001/tickets/tk-3005', undefined, { origin })
        expect(res.status).toBe(403)
        expect(res.headers.get('access-control-allow-origin')).toBeNull()
        expect(res.headers.get('vary')).toBe('Origin')
        expect(await ticketIds('cus-1001')).not.toContain('tk-3005')
      },
    )

    it('sends no CORS header to a request without Origin (curl, server to server)', async () => {
      const res = await get('/v1/pipelines')
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
      expect(res.headers.get('vary')).toBe('Origin')
    })

    it('answers an allowed preflight with the methods and content-type', async () => {
      const res = await fetch(`${api.url}/v1/tickets`, {
        method: 'OPTIONS',
        headers: { origin: HOST_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
      expect(res.status).toBe(204)
      expect(res.headers.get('access-control-allow-origin')).toBe(HOST_ORIGIN)
      expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS')
      expect(res.headers.get('access-control-allow-headers')).toBe('content-type')
      expect(res.headers.get('vary')).toContain('Origin')
    })

    it('refuses a preflight from another origin', async () => {
      const res = await fetch(`${api.url}/v1/tickets`, {
        method: 'OPTIONS',
        headers: { origin: EVIL_ORIGIN, 'access-control-request-method': 'POST' },
      })
      expect(res.status).toBe(403)
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
      expect(res.headers.get('access-control-allow-methods')).toBeNull()
    })

    it('refuses to start with an allowed origin that is not an http(s) origin', async () => {
      await expect(createCrmApiServer({ port: 0, allowedOrigins: ['*'] })).rejects.toThrow(TypeError)
      await expect(createCrmApiServer({ port: 0, allowedOrigins: ['file:///x'] })).rejects.toThrow(TypeError)
    })
  })

  describe('fault injection controls', () => {
    it('GET /__control returns the defaults', async () => {
      expect(await json(await get('/__control'))).toEqual({ data: DEFAULT_CONTROL })
    })

    it('linkFailures: 2 → the next two associate calls answer 503, the third 201 (TCKT-S04 retries)', async () => {
      const set = await post('/__control', { linkFailures: 2 })
      expect(set.status).toBe(200)
      expect(((await json(set)) as { data: { linkFailures: number } }).data.linkFailures).toBe(2)
      const statuses: number[] = []
      for (let i = 0; i < 3; i++) statuses.push((await post('/v1/leads/cus-1001/tickets/tk-3006')).status)
      expect(statuses).toEqual([503, 503, 201])
      expect(((await json(await get('/__control'))) as { data: { linkFailures: number } }).data.linkFailures).toBe(0)
    })

    it('linkFailStatus picks the injected status', async () => {
      await post('/__control', { linkFailures: 1, linkFailStatus: 400 })
      const res = await post('/v1/leads/cus-1001/tickets/tk-3006')
      expect(res.status).toBe(400)
      expect(await json(res)).toEqual({ error: 'injected-failure' })
    })

    it('createFails and listFails answer 500', async () => {
      await post('/__control', { createFails: true, listFails: true })
      expect((await post('/v1/tickets', NEW_TICKET)).status).toBe(500)
      expect((await get('/v1/leads/cus-1001/tickets')).status).toBe(500)
      // Search and pipelines are not part of these switches.
      expect((await get('/v1/tickets?query=a')).status).toBe(200)
    })

    it('holdCreates parks POST /v1/tickets until it is switched off, counted by GET /__control/held', async () => {
      await post('/__control', { holdCreates: true })
      let settled = false
      const create = post('/v1/tickets', NEW_TICKET).then((res) => {
        settled = true
        return res
      })
      await vi.waitFor(async () => expect(await json(await get('/__control/held'))).toEqual({ data: { creates: 1 } }))
      // Parked: other requests are answered, the create is not, and no ticket exists yet.
      expect((await get('/v1/pipelines')).status).toBe(200)
      expect(((await json(await get('/v1/tickets?query=tk-3010'))) as { data: Ticket[] }).data).toEqual([])
      expect(settled).toBe(false)
      await post('/__control', { holdCreates: false })
      const res = await create
      expect(res.status).toBe(201)
      expect(await json(await get('/__control/held'))).toEqual({ data: { creates: 0 } })
    })

    it('a reset releases parked creates, and closing the server ends them', async () => {
      await post('/__control', { holdCreates: true })
      const released = post('/v1/tickets', NEW_TICKET)
      await vi.waitFor(async () => expect(await json(await get('/__control/held'))).toEqual({ data: { creates: 1 } }))
      await post('/__control/reset')
      expect((await released).status).toBe(201)

      const own = await createCrmApiServer({ port: 0, allowedOrigins: [HOST_ORIGIN] })
      await fetch(`${own.url}/__control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"holdCreates":true}' })
      const cut = fetch(`${own.url}/v1/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(NEW_TICKET) })
      await vi.waitFor(async () => expect(await json(await fetch(`${own.url}/__control/held`))).toEqual({ data: { creates: 1 } }))
      await own.close()
      await expect(cut).rejects.toThrow()
    })

    it('delayMs holds /v1 answers back, but not the controls', async () => {
      await post('/__control', { delayMs: 150 })
      let started = performance.now()
      expect((await get('/v1/pipelines')).status).toBe(200)
      expect(performance.now() - started).toBeGreaterThanOrEqual(140)
      started = performance.now()
      await get('/__control')
      expect(performance.now() - started).toBeLessThan(140)
    })

    it('stores the embed behaviour (embedReady, slowReadyMs) for the reference embed to read', async () => {
      expect(DEFAULT_CONTROL).toMatchObject({ embedReady: 'normal', slowReadyMs: 3000 })
      const set = await post('/__control', { embedReady: 'slow', slowReadyMs: 1500 })
      expect(set.status).toBe(200)
      const res = await get('/__control', { origin: EMBED_ORIGIN })
      expect(res.headers.get('access-control-allow-origin')).toBe(EMBED_ORIGIN)
      expect(await json(res)).toEqual({ data: { ...DEFAULT_CONTROL, embedReady: 'slow', slowReadyMs: 1500 } })
      await post('/__control', { embedReady: 'never' })
      expect(((await json(await get('/__control'))) as { data: { embedReady: string } }).data.embedReady).toBe('never')
    })

    it.each([
      [{ linkFailures: -1 }, 'bad-field:linkFailures'],
      [{ linkFailures: 1.5 }, 'bad-field:linkFailures'],
      [{ linkFailStatus: 200 }, 'bad-field:linkFailStatus'],
      [{ createFails: 'yes' }, 'bad-field:createFails'],
      [{ holdCreates: 1 }, 'bad-field:holdCreates'],
      [{ delayMs: 120_000 }, 'bad-field:delayMs'],
      [{ embedReady: 'sometimes' }, 'bad-field:embedReady'],
      [{ slowReadyMs: -5 }, 'bad-field:slowReadyMs'],
      [{ linkFailure: 2 }, 'unknown-field:linkFailure'],
      [null, 'not-object'],
    ])('POST /__control answers 400 for %j', async (body, error) => {
      const res = await post('/__control', body)
      expect(res.status).toBe(400)
      expect(await json(res)).toEqual({ error })
      expect(await json(await get('/__control'))).toEqual({ data: DEFAULT_CONTROL })
    })

    it('POST /__control/reset restores seed data, default settings and an empty log', async () => {
      await post('/v1/leads/cus-1001/tickets/tk-3005')
      await post('/v1/tickets', NEW_TICKET)
      await post('/__control', { linkFailures: 5, createFails: true, delayMs: 10 })
      const res = await post('/__control/reset')
      expect(await json(res)).toEqual({ data: DEFAULT_CONTROL })
      expect(await ticketIds('cus-1001')).toEqual(['tk-3002', 'tk-3001', 'tk-3003'])
      expect(((await json(await get('/v1/tickets?query=tk-3010'))) as { data: Ticket[] }).data).toEqual([])
      // The ids of new tickets start again as well.
      expect(((await json(await post('/v1/tickets', NEW_TICKET))) as { data: Ticket }).data.id).toBe('tk-3010')
    })

    it('GET /__log lists API requests (method, raw path, status, origin), not the controls', async () => {
      await get('/v1/leads/cus-1001/tickets', { origin: HOST_ORIGIN })
      await post('/v1/leads/cus-1001/tickets/tk-0000')
      await get('/v1/tickets?query=refund')
      await get('/__control')
      const { data } = (await json(await get('/__log'))) as { data: { method: string; path: string; status: number; origin?: string; at: string }[] }
      expect(data.map(({ at: _at, ...entry }) => entry)).toEqual([
        { method: 'GET', path: '/v1/leads/cus-1001/tickets', status: 200, origin: HOST_ORIGIN },
        { method: 'POST', path: '/v1/leads/cus-1001/tickets/tk-0000', status: 404 },
        { method: 'GET', path: '/v1/tickets?query=refund', status: 200 },
      ])
      expect(Number.isNaN(Date.parse(data[0]!.at))).toBe(false)
    })
  })

  describe('with createCrmClient (the two ends agree)', () => {
    it('lists, searches, creates and associates through the typed client', async () => {
      const crm = createCrmClient({ baseUrl: `${api.url}/` })
      expect((await crm.listTickets('cus-1001')).map((t) => t.id)).toEqual(['tk-3002', 'tk-3001', 'tk-3003'])
      expect((await crm.searchTickets('checkout', { contactId: 'cus-1001' })).map((t) => t.id)).toEqual(['tk-3006'])
      expect(await crm.listPipelines()).toHaveLength(3)
      const created = await crm.createTicket({ ...NEW_TICKET, priority: 'high', autoAssociate: false })
      expect(created).toMatchObject({ ticket: { id: 'tk-3010', priority: 'high' }, isAutoAssociated: false })
      expect(await crm.associateTicket({ contactId: 'cus-1001', ticketId: created.ticket.id })).toEqual({ alreadyLinked: false })
      expect(await crm.associateTicket({ contactId: 'cus-1001', ticketId: created.ticket.id })).toEqual({ alreadyLinked: true })
      await post('/__control', { linkFailures: 1 })
      await expect(crm.associateTicket({ contactId: 'cus-1001', ticketId: 'tk-3007' })).rejects.toMatchObject({ status: 503 })
      await expect(crm.listTickets('cus-9999')).rejects.toBeInstanceOf(HttpError)
    })
  })

  describe('close()', () => {
    it('frees the port, ends a request waiting out delayMs, and can be called twice', async () => {
      const own = await createCrmApiServer({ port: 0, allowedOrigins: [] })
      await fetch(`${own.url}/__control`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"delayMs":60000}' })
      const pending = fetch(`${own.url}/v1/pipelines`).catch((e: unknown) => e)
      await new Promise((resolve) => setTimeout(resolve, 50))
      const started = performance.now()
      await Promise.all([own.close(), own.close()])
      expect(await pending).toBeInstanceOf(TypeError)
      expect(performance.now() - started).toBeLessThan(1000)
      await expect(fetch(`${own.url}/v1/pipelines`)).rejects.toThrow(TypeError)
    })
  })
})

describe('CrmStore', () => {
  it('returns copies: mutating a result does not change the store', () => {
    const store = new CrmStore()
    store.listContactTickets('cus-1001')![0]!.subject = 'changed'
    store.listPipelines()[0]!.name = 'changed'
    expect(store.listContactTickets('cus-1001')![0]!.subject).toBe('Cannot log in to the mobile app')
    expect(store.listPipelines()[0]!.name).toBe('Support')
  })

  it('caps search results at 20', () => {
    const store = new CrmStore()
    for (let i = 0; i < 30; i++) {
      store.createTicket({ subject: `Bulk ${i}`, description: '', priority: 'low', pipelineId: null, contactId: 'cus-1003' }, false)
    }
    expect(store.searchTickets('bulk')).toHaveLength(20)
  })

  it('reports every associate outcome', () => {
    const store = new CrmStore()
    expect(store.associate('cus-9999', 'tk-3005')).toBe('unknown-contact')
    expect(store.associate('cus-1001', 'tk-0000')).toBe('unknown-ticket')
    expect(store.associate('cus-1001', 'tk-3005')).toBe('linked')
    expect(store.associate('cus-1001', 'tk-3005')).toBe('already-linked')
  })
})

describe('applyControlPatch', () => {
  it('merges a partial patch and refuses a polluting key', () => {
    expect(applyControlPatch(DEFAULT_CONTROL, { delayMs: 5 })).toEqual({ ...DEFAULT_CONTROL, delayMs: 5 })
    expect(applyControlPatch(DEFAULT_CONTROL, JSON.parse('{"__proto__": {"x": 1}}'))).toBe('forbidden-key:__proto__')
  })
})

describe('RequestLog', () => {
  it('keeps only the last 200 entries', () => {
    const log = new RequestLog()
    for (let i = 0; i < 250; i++) log.add({ at: '', method: 'GET', path: `/${i}`, status: 200 })
    const entries = log.entries()
    expect(entries).toHaveLength(200)
    expect(entries[0]!.path).toBe('/50')
    expect(entries[199]!.path).toBe('/249')
  })
})
