import type { IncomingMessage, ServerResponse } from 'node:http'
import { isValidId } from '../../protocol/fields'
import { applyControlPatch, DEFAULT_CONTROL, type ControlSettings } from './control'
import { readCreateTicketBody } from './createTicketBody'
import type { HeldRequests } from './heldRequests'
import { HELD_ROUTES } from './heldRoutes'
import { readJsonBody, sendError, sendJson } from './httpJson'
import type { RequestHold } from './requestHold'
import type { RequestLog } from './requestLog'
import type { CrmStore } from './store'

/** Longest search text accepted; longer is a client bug or abuse, not a search. */
export const QUERY_MAX_LENGTH = 200

/** What every handler works on: the data, the fault-injection settings and the request log. */
export interface ApiContext {
  store: CrmStore
  /** Replaced as a whole by the control endpoints. */
  settings: ControlSettings
  log: RequestLog
  bodyLimitBytes: number
  /** Creates parked while `settings.holdCreates` is on. */
  createHold: RequestHold
  /** Aborted when the server closes: parked requests end with it. */
  lifetime: AbortSignal
  /** Requests a test holds until it answers them (`/__hold`, `/__held`). */
  held: HeldRequests
}

/** One request, already past CORS; `params` are decoded path parameters, already valid ids. */
export interface RouteRequest {
  req: IncomingMessage
  res: ServerResponse
  params: Readonly<Record<string, string>>
  query: URLSearchParams
  ctx: ApiContext
}

/** A route: method, path pattern (`:name` segments are ids), handler. */
export interface Route {
  method: 'GET' | 'POST'
  pattern: string
  handle(request: RouteRequest): void | Promise<void>
}

async function readBody({ req, res, ctx }: RouteRequest): Promise<{ value: unknown } | undefined> {
  const body = await readJsonBody(req, ctx.bodyLimitBytes)
  if (body.ok) return { value: body.value }
  // After a 413 the rest of the upload is unwanted: close rather than keep a half-read connection.
  sendError(res, body.status, body.error, body.status === 413 ? { connection: 'close' } : {})
  return undefined
}

/** The stand-in CRM API and its test controls. */
export const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    pattern: '/v1/pipelines',
    handle: ({ res, ctx }) => sendJson(res, 200, { data: ctx.store.listPipelines() }),
  },
  {
    method: 'GET',
    pattern: '/v1/tickets',
    handle: ({ res, query, ctx }) => {
      const text = query.get('query') ?? ''
      if (text.length > QUERY_MAX_LENGTH) return sendError(res, 400, 'bad-query:query')
      const contactId = query.get('contactId') ?? undefined
      if (contactId !== undefined && !isValidId(contactId)) return sendError(res, 400, 'bad-query:contactId')
      sendJson(res, 200, { data: ctx.store.searchTickets(text, contactId) })
    },
  },
  {
    method: 'POST',
    pattern: '/v1/tickets',
    handle: async (request) => {
      const { res, ctx } = request
      if (ctx.settings.holdCreates && !(await ctx.createHold.wait(ctx.lifetime))) return void res.destroy()
      if (ctx.settings.createFails) return sendError(res, 500, 'injected-failure')
      const body = await readBody(request)
      if (!body) return
      const input = readCreateTicketBody(body.value)
      if (typeof input === 'string') return sendError(res, 422, input)
      if (!ctx.store.hasContact(input.contactId)) return sendError(res, 422, 'unknown-contact')
      if (input.pipelineId !== null && !ctx.store.hasPipeline(input.pipelineId)) return sendError(res, 422, 'unknown-pipeline')
      const { autoAssociate = ctx.settings.autoAssociate, ...ticket } = input
      const created = ctx.store.createTicket(ticket, autoAssociate)
      sendJson(res, 201, { data: created.ticket, isAutoAssociated: created.isAutoAssociated })
    },
  },
  {
    method: 'GET',
    pattern: '/v1/leads/:contactId/tickets',
    handle: ({ res, params, ctx }) => {
      if (ctx.settings.listFails) return sendError(res, 500, 'injected-failure')
      const tickets = ctx.store.listContactTickets(params.contactId!)
      if (!tickets) return sendError(res, 404, 'unknown-contact')
      sendJson(res, 200, { data: tickets })
    },
  },
  {
    method: 'POST',
    pattern: '/v1/leads/:contactId/tickets/:ticketId',
    handle: ({ res, params, ctx }) => {
      const contactId = params.contactId!
      const ticketId = params.ticketId!
      if (ctx.settings.linkFailures > 0) {
        ctx.settings = { ...ctx.settings, linkFailures: ctx.settings.linkFailures - 1 }
        return sendError(res, ctx.settings.linkFailStatus, 'injected-failure')
      }
      const outcome = ctx.store.associate(contactId, ticketId)
      if (outcome === 'unknown-contact' || outcome === 'unknown-ticket') return sendError(res, 404, outcome)
      if (outcome === 'already-linked') return sendError(res, 409, outcome)
      sendJson(res, 201, { data: { contactId, ticketId } })
    },
  },
  {
    method: 'GET',
    pattern: '/__control',
    handle: ({ res, ctx }) => sendJson(res, 200, { data: ctx.settings }),
  },
  {
    method: 'POST',
    pattern: '/__control',
    handle: async (request) => {
      const { res, ctx } = request
      const body = await readBody(request)
      if (!body) return
      const next = applyControlPatch(ctx.settings, body.value)
      if (typeof next === 'string') return sendError(res, 400, next)
      ctx.settings = next
      if (!next.holdCreates) ctx.createHold.release()
      sendJson(res, 200, { data: next })
    },
  },
  {
    // How many creates `holdCreates` parks right now: a test waits for this, not for a time.
    method: 'GET',
    pattern: '/__control/held',
    handle: ({ res, ctx }) => sendJson(res, 200, { data: { creates: ctx.createHold.size } }),
  },
  {
    method: 'POST',
    pattern: '/__control/reset',
    handle: ({ res, ctx }) => {
      ctx.store.reset()
      ctx.settings = { ...DEFAULT_CONTROL }
      ctx.createHold.release()
      ctx.held.clear()
      ctx.log.clear()
      sendJson(res, 200, { data: ctx.settings })
    },
  },
  {
    method: 'GET',
    pattern: '/__log',
    handle: ({ res, ctx }) => sendJson(res, 200, { data: ctx.log.entries() }),
  },
  ...HELD_ROUTES,
]
