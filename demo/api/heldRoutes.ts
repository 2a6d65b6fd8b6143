import { isValidId } from '../../protocol/fields'
import { field, readRecord } from '../../protocol/record'
import { readHeldOutcome } from './heldRequests'
import { readJsonBody, sendError, sendJson } from './httpJson'
import type { Route } from './routes'

/** Routes a test may hold: the panel's link request and the list refresh. */
export const HOLDABLE_ROUTES = ['POST /v1/leads/:contactId/tickets/:ticketId', 'GET /v1/leads/:contactId/tickets'] as const

/**
 * Test controls for holding requests (see `heldRequests.ts`):
 * - `POST /__hold` `{ contactId, routes: [...] }` holds those routes for that contact (`[]` stops);
 * - `GET /__held?contactId=…` lists the requests waiting;
 * - `POST /__held/release` `{ id, outcome: 'pass' | 'network' | 400…599 }` answers one.
 */
export const HELD_ROUTES: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/__hold',
    handle: async ({ req, res, ctx }) => {
      const body = await readJsonBody(req, ctx.bodyLimitBytes)
      if (!body.ok) return sendError(res, body.status, body.error)
      const record = readRecord(body.value)
      if (typeof record === 'string') return sendError(res, 400, record)
      const contactId = field(record, 'contactId')
      const routes = field(record, 'routes')
      if (typeof contactId !== 'string' || !isValidId(contactId)) return sendError(res, 400, 'bad-field:contactId')
      if (!Array.isArray(routes) || !routes.every((route) => (HOLDABLE_ROUTES as readonly unknown[]).includes(route))) {
        return sendError(res, 400, 'bad-field:routes')
      }
      ctx.held.hold(contactId, routes as string[])
      sendJson(res, 200, { data: { contactId, routes } })
    },
  },
  {
    method: 'GET',
    pattern: '/__held',
    handle: ({ res, query, ctx }) => sendJson(res, 200, { data: ctx.held.list(query.get('contactId') ?? undefined) }),
  },
  {
    method: 'POST',
    pattern: '/__held/release',
    handle: async ({ req, res, ctx }) => {
      const body = await readJsonBody(req, ctx.bodyLimitBytes)
      if (!body.ok) return sendError(res, body.status, body.error)
      const record = readRecord(body.value)
      if (typeof record === 'string') return sendError(res, 400, record)
      const id = field(record, 'id')
      const outcome = readHeldOutcome(field(record, 'outcome'))
      if (!Number.isSafeInteger(id)) return sendError(res, 400, 'bad-field:id')
      if (outcome === null) return sendError(res, 400, 'bad-field:outcome')
      if (!ctx.held.release(id as number, outcome)) return sendError(res, 404, 'not-waiting')
      sendJson(res, 200, { data: { id, outcome } })
    },
  },
]
