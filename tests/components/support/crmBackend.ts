import { http, HttpResponse } from 'msw'
import type { Ticket } from '../../../api'

/** Base URL of the CRM API in these tests. */
export const CRM_API = 'https://api.crm.test'

/** One request the stand-in CRM API saw. */
export interface SeenRequest {
  method: string
  path: string
}

/** The request's abort signal, kept apart so `seen` compares by method and path only. */
const signals = new WeakMap<SeenRequest, AbortSignal>()

/** The signal of a request the backend saw: aborted when the client gave up on it. */
export const signalOf = (request: SeenRequest | undefined) => (request ? signals.get(request) : undefined)

function record(seen: SeenRequest[], method: string, request: Request) {
  const entry = { method, path: new URL(request.url).pathname }
  signals.set(entry, request.signal)
  seen.push(entry)
}

/** A ticket with sensible defaults, for seeding. */
export function makeTicket(id: string, subject = `Ticket ${id}`, extra: Partial<Ticket> = {}): Ticket {
  return { id, subject, status: 'open', priority: 'medium', pipelineId: 'pl-support', pipelineName: 'Support', createdAt: '2024-05-01T08:00:00.000Z', ...extra }
}

/**
 * An in-memory CRM behind msw: the tickets it knows, which contact each is linked to, and a queue of
 * statuses the next link requests answer with (then 200). Requests go through the real `fetch`.
 */
export function createCrmBackend() {
  const tickets = new Map<string, Ticket>()
  const links = new Map<string, Set<string>>()
  const seen: SeenRequest[] = []
  // A status, or 'network' for a connection reset / offline (fetch rejects with a TypeError).
  const associateStatuses: (number | 'network')[] = []
  let listStatuses: number[] = []
  let listGate: Promise<void> | null = null
  let linkGate: Promise<void> | null = null

  /** Puts up a gate that requests wait at until the returned function opens it. */
  function hold(set: (gate: Promise<void> | null) => void): () => void {
    let release = () => {}
    set(
      new Promise<void>((resolve) => {
        release = () => {
          set(null)
          resolve()
        }
      }),
    )
    return release
  }

  const linkedTo = (contactId: string) => links.get(contactId) ?? new Set<string>()
  function link(contactId: string, ticketId: string) {
    links.set(contactId, new Set([...linkedTo(contactId), ticketId]))
  }

  const handlers = [
    http.get(`${CRM_API}/v1/leads/:contactId/tickets`, async ({ params, request }) => {
      record(seen, 'GET', request)
      if (listGate) await listGate
      const status = listStatuses.shift()
      if (status !== undefined) return HttpResponse.json({ error: 'failed' }, { status })
      const data = [...linkedTo(String(params.contactId))].map((id) => tickets.get(id)).filter(Boolean)
      return HttpResponse.json({ data })
    }),
    http.get(`${CRM_API}/v1/tickets`, ({ request }) => {
      const url = new URL(request.url)
      record(seen, 'GET', request)
      const query = (url.searchParams.get('query') ?? '').toLowerCase()
      const contactId = url.searchParams.get('contactId')
      const data = [...tickets.values()].filter(
        (ticket) => ticket.subject.toLowerCase().includes(query) && !(contactId && linkedTo(contactId).has(ticket.id)),
      )
      return HttpResponse.json({ data })
    }),
    http.post(`${CRM_API}/v1/leads/:contactId/tickets/:ticketId`, async ({ params, request }) => {
      record(seen, 'POST', request)
      if (linkGate) await linkGate
      const status = associateStatuses.shift()
      if (status === 'network') return HttpResponse.error()
      if (status !== undefined && status !== 200) return HttpResponse.json({ error: 'failed' }, { status })
      link(String(params.contactId), String(params.ticketId))
      return HttpResponse.json({ data: { linked: true } })
    }),
  ]

  return {
    handlers,
    seen,
    /** A ticket the CRM has, linked to `linkedTo` when given. */
    addTicket(ticket: Ticket, linkedToContact?: string) {
      tickets.set(ticket.id, ticket)
      if (linkedToContact) link(linkedToContact, ticket.id)
    },
    isLinked: (contactId: string, ticketId: string) => linkedTo(contactId).has(ticketId),
    /** The next link requests answer with these statuses (or a network error), in order. */
    failNextLinks(...statuses: (number | 'network')[]) {
      associateStatuses.push(...statuses)
    },
    /** The next list requests answer with these statuses, in order. */
    failNextLists(...statuses: number[]) {
      listStatuses = [...listStatuses, ...statuses]
    },
    /** List requests wait until the returned function is called (to see the loading state). */
    holdLists: () => hold((gate) => (listGate = gate)),
    /** Link requests wait until the returned function is called (to see the linking state). */
    holdLinks: () => hold((gate) => (linkGate = gate)),
    posts: () => seen.filter((request) => request.method === 'POST'),
    listFetches: () => seen.filter((request) => request.method === 'GET' && request.path.startsWith('/v1/leads/')),
  }
}

/** The backend's type. */
export type CrmBackend = ReturnType<typeof createCrmBackend>
