import { createActor, fromPromise } from 'xstate'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import type { AssociateTicketInput, NotifyParams, TicketEmbedInput, TrackParams } from '../../machines/types'
import type { EmbedToHostMessage } from '../../protocol/messages'
import { toEmbedEvent } from '../../machines/embedEvents'

export const EMBED_URL = 'https://crm.example.com/embed/ticket/create'
export const EMBED_ORIGIN = 'https://crm.example.com'
export const CUSTOMER = { qontakCustomerId: 'cus-1001', contactName: 'Rina Wijaya' }

/** A promise the test settles by hand, to play the network. */
export interface Deferred<T = unknown> {
  promise: Promise<T>
  resolve: (value: T) => void
  reject: (error: unknown) => void
}
export function deferred<T = unknown>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** An error as a fetch wrapper would throw it for an HTTP status. */
export const httpError = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status })

/**
 * The real machine with spies for its DOM-bound actions and hand-settled associate/refresh actors.
 * `associateCalls[n]` is the n-th POST; settle it with `.resolve()` / `.reject()`.
 */
export function startMachine(input: Partial<TicketEmbedInput> = {}) {
  const postEmbedInit = vi.fn()
  const notify = vi.fn<(params: NotifyParams) => void>()
  const track = vi.fn<(params: TrackParams) => void>()
  const rememberPendingLink = vi.fn()
  const associateCalls: (Deferred & { input: AssociateTicketInput; signal: AbortSignal })[] = []
  const refreshCalls: Deferred[] = []
  const machine = ticketEmbedMachine.provide({
    actions: {
      postEmbedInit: ({ context }) => postEmbedInit(context.embedOrigin, context.customer),
      notify: (_, params) => notify(params),
      track: (_, params) => track(params),
      rememberPendingLink: (_, ticket) => rememberPendingLink(ticket),
    },
    actors: {
      associateTicket: fromPromise<unknown, AssociateTicketInput>(({ input, signal }) => {
        const call = Object.assign(deferred(), { input, signal })
        associateCalls.push(call)
        return call.promise
      }),
      refreshTickets: fromPromise<unknown, void>(() => {
        const call = deferred()
        refreshCalls.push(call)
        return call.promise
      }),
    },
  })
  const actor = createActor(machine, { input: { embedUrl: EMBED_URL, customer: CUSTOMER, ...input } }).start()
  return { actor, postEmbedInit, notify, track, rememberPendingLink, associateCalls, refreshCalls }
}

export interface Envelope {
  origin?: string
  fromOwnFrame?: boolean
  version?: unknown
}

/** The machine event for `message`, trusted unless the envelope says otherwise. */
export function embedEvent(message: EmbedToHostMessage, envelope: Envelope = {}) {
  return toEmbedEvent(message, {
    origin: envelope.origin ?? EMBED_ORIGIN,
    fromOwnFrame: envelope.fromOwnFrame ?? true,
    version: 'version' in envelope ? envelope.version : 1,
  })
}

export const READY: EmbedToHostMessage = { type: 'EMBED_READY', version: 1 }
export const created = (ticketId = 'TCK-42', extra: { pipelineId?: string | null; isAutoAssociated?: boolean } = {}) =>
  ({ type: 'TICKET_CREATED', version: 1, ticketId, ...extra }) as const satisfies EmbedToHostMessage
export const createError = (errorCode = 'AUTH_REQUIRED', errorMessage?: string): EmbedToHostMessage =>
  errorMessage === undefined
    ? { type: 'TICKET_CREATE_ERROR', version: 1, errorCode }
    : { type: 'TICKET_CREATE_ERROR', version: 1, errorCode, errorMessage }
export const resize = (height: number): EmbedToHostMessage => ({ type: 'EMBED_RESIZE', version: 1, height })

/** Lets promise actors settle and their done/error events run, under fake timers. */
export const flush = () => vi.advanceTimersByTimeAsync(0)
