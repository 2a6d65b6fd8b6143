import { http, HttpResponse } from 'msw'
import type { Ticket } from '../../../api'
import { CRM_API, makeTicket } from './crmBackend'

/** How the stand-in CRM answers a request the path is waiting on. */
export type ModelAnswer = 200 | 400 | 409 | 500 | 503 | 'network'

interface Waiting {
  answer: (outcome: ModelAnswer) => void
}

/**
 * A CRM whose link requests (and, once `holdLists()` is on, list requests) wait until the path says
 * how they end: the model's `xstate.done/error.actor.*` steps become real HTTP answers. A request
 * the client aborted (an attempt that timed out) leaves the queue, so the next answer goes to the
 * request that is really waiting.
 */
export function createModelCrm() {
  const linked: Ticket[] = [makeTicket('T-1', 'Existing ticket')]
  const posts: Waiting[] = []
  const lists: Waiting[] = []
  let holding = false

  function wait(queue: Waiting[], request: Request): Promise<ModelAnswer> {
    return new Promise((resolve) => {
      const entry: Waiting = { answer: resolve }
      queue.push(entry)
      request.signal.addEventListener('abort', () => {
        const index = queue.indexOf(entry)
        if (index !== -1) queue.splice(index, 1)
      })
    })
  }

  const reply = (outcome: ModelAnswer, body: () => Record<string, unknown>) => {
    if (outcome === 'network') return HttpResponse.error()
    return outcome === 200 ? HttpResponse.json(body()) : HttpResponse.json({ error: 'failed' }, { status: outcome })
  }

  const handlers = [
    http.get(`${CRM_API}/v1/leads/:contactId/tickets`, async ({ request }) => {
      const outcome = holding ? await wait(lists, request) : 200
      return reply(outcome, () => ({ data: linked }))
    }),
    http.post(`${CRM_API}/v1/leads/:contactId/tickets/:ticketId`, async ({ params, request }) => {
      const outcome = await wait(posts, request)
      if (outcome === 200 || outcome === 409) linked.push(makeTicket(String(params.ticketId), 'Created in the embed'))
      return reply(outcome, () => ({ data: { linked: true } }))
    }),
  ]

  function answer(queue: Waiting[], what: string, outcome: ModelAnswer) {
    const waiting = queue.shift()
    if (!waiting) throw new Error(`no ${what} request is waiting for an answer`)
    waiting.answer(outcome)
  }

  return {
    handlers,
    /** From now on list requests wait for `answerList`. */
    holdLists: () => {
      holding = true
    },
    answerPost: (outcome: ModelAnswer) => answer(posts, 'link', outcome),
    answerList: (outcome: ModelAnswer) => answer(lists, 'list', outcome),
  }
}
