import { and, assign, emit, fromPromise, setup } from 'xstate'
import { describeAssociateFailure, isAlreadyLinkedError, isRetryableAssociateError } from './associateErrors'
import {
  ASSOCIATE_ATTEMPT_TIMEOUT_MS,
  ASSOCIATE_BACKOFF_MS,
  ASSOCIATE_MAX_ATTEMPTS,
  CLOSE_GRACE_MS,
  CREATE_IN_FLIGHT_GRACE_MS,
  DEFAULT_MAX_HEIGHT,
  DEFAULT_MIN_HEIGHT,
  DEFAULT_READY_TIMEOUT_MS,
  REFRESH_TIMEOUT_MS,
} from './constants'
import { embedOriginOf } from './embedUrl'
import { isValidId } from '../protocol/fields'
import { PROTOCOL_VERSION } from '../protocol/version'
import type {
  AssociateTicketInput,
  CreatedTicket,
  EmbedEvent,
  NotifyParams,
  TicketEmbedContext,
  TicketEmbedEmitted,
  TicketEmbedEvent,
  TicketEmbedInput,
  TrackParams,
} from './types'

// Stryker disable next-line StringLiteral: every guard that asks it goes on to check `origin`, `fromOwnFrame` or `version`, which no other event carries
const isEmbedEvent = (event: TicketEmbedEvent): event is EmbedEvent => event.type.startsWith('embed.')

/** The pieces of a created ticket that matter after the event is gone. */
const ticketOf = (event: TicketEmbedEvent) => {
  // Stryker disable next-line ConditionalExpression: every caller runs on an `embed.ticketCreated` transition; the check only narrows the event's type
  if (event.type !== 'embed.ticketCreated') return null
  const { ticketId, pipelineId, isAutoAssociated, subject } = event.message
  const ticket = { ticketId, pipelineId: pipelineId ?? null, isAutoAssociated: isAutoAssociated === true }
  return subject === undefined ? ticket : { ...ticket, subject }
}

/** An analytics event by name; `analyticsProps()` fills in its properties. */
const track = (name: TrackParams['name']) => ({ type: 'track', params: { name } }) as const

/** Assigned on the transitions that give up on linking: the ticket is kept, never lost. */
const LINK_FAILED_ACTIONS = [
  'markLinkFailed',
  { type: 'rememberPendingLink', params: ({ context }: { context: TicketEmbedContext }) => context.ticket! },
  'emitLinkFailed',
  { type: 'notify', params: { variant: 'warning', key: 'linkFailed' } },
  track('Associate Failed'),
] as const

/** The embed reports it could not create the ticket (TCKT-S03/ERR-2): inline error with retry. */
const CREATE_ERROR_TRANSITION = {
  guard: 'isTrusted',
  target: 'error',
  actions: ['clearCreateInFlight', 'assignEmbedError', 'emitError', track('Error')],
} as const

/** The back arrow, Escape, or the embed's own cancel: the panel closes (TCKT-S01/AC-1). */
const CLOSE_TRANSITIONS = {
  'embed.close': { guard: 'isTrusted', target: 'hidden', actions: track('Closed') },
  'panel.close': { target: 'hidden', actions: track('Closed') },
} as const

/**
 * Closing the form itself (from `ready`): the agent may have submitted it a moment ago, so the
 * panel hides at once but keeps its iframe and listens until the embed reports or `closeGrace` passes.
 */
const CLOSE_WHILE_CREATE_MAY_RUN_TRANSITIONS = {
  'embed.close': { guard: 'isTrusted', target: '#ticketEmbed.hidden.listening', actions: ['markDismissed', track('Closed')] },
  'panel.close': { target: '#ticketEmbed.hidden.listening', actions: ['markDismissed', track('Closed')] },
} as const

/**
 * A trusted `TICKET_CREATED` in `ready`, or in `hidden.listening` after the panel was closed: linked,
 * or kept as a pending link, the same way in both (TCKT-S03/S04).
 */
const TICKET_CREATED_TRANSITIONS = [
  {
    guard: and(['isTrusted', 'needsFallbackAssociation']),
    target: '#ticketEmbed.associating',
    actions: ['assignTicket', 'emitTicketCreated', 'hideWhenListedAtOnce'],
  },
  {
    guard: 'isTrusted',
    target: '#ticketEmbed.success',
    actions: ['assignTicket', 'emitTicketCreated', 'markLinkNotNeeded', 'hideWhenListedAtOnce'],
  },
] as const

/**
 * Where the panel goes when it is done: a form that can start afresh is kept, hidden, for the next
 * ticket (`hidden.warm`); any other frame is removed (`hidden.idle`).
 */
const closedTarget = <const Extra extends object>(extra: Extra) =>
  [
    { guard: 'canKeepFrame', target: '#ticketEmbed.hidden.warm', ...extra },
    { target: '#ticketEmbed.hidden.idle', ...extra },
  ] as const

/** The list could not be refreshed: the toast says so, wherever the panel goes. */
const REFRESH_FAILED = { actions: { type: 'notify', params: { variant: 'error', key: 'refreshFailed' } } } as const

/** A trusted `TICKET_CREATED` while `associating` or `success`: kept, never dropped. */
const LATE_TICKET_TRANSITIONS = [
  {
    guard: and(['isTrusted', 'isAnotherTicket', 'needsFallbackAssociation']),
    actions: ['emitTicketCreated', { type: 'rememberPendingLink', params: ({ event }: { event: TicketEmbedEvent }) => ticketOf(event)! }],
  },
  { guard: 'isTrusted', actions: 'emitTicketCreated' },
] as const

/**
 * The create-ticket panel (DESIGN §3). Pure: everything that touches the DOM, the network, toasts
 * or analytics is a named action or actor with a harmless default, supplied by `useTicketEmbed`
 * through `machine.provide()`.
 */
export const ticketEmbedMachine = setup({
  // Stryker disable next-line ObjectLiteral: `types` exists for TypeScript only; XState never reads it at run time
  types: {
    input: {} as TicketEmbedInput,
    context: {} as TicketEmbedContext,
    events: {} as TicketEmbedEvent,
    emitted: {} as TicketEmbedEmitted,
  },
  guards: {
    /** The panel opens only with an embed URL we may load and a customer id we may send. */
    isEmbedConfigured: ({ context }) => context.embedOrigin !== null && isValidId(context.customer.qontakCustomerId),
    /** `origin` equals the embed URL's exact origin. */
    isAllowedOrigin: ({ context, event }) => {
      // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: an event's `origin` is always a string, never the `null` of an unconfigured panel, and no other event has one; these checks only narrow types
      if (!isEmbedEvent(event) || context.embedOrigin === null) return false
      // Apart from the line above, so that the comparison itself stays under mutation testing.
      return event.origin === context.embedOrigin
    },
    /** The message came from this panel's iframe window, not another frame of the same CRM origin. */
    isOwnFrame: ({ event }) => isEmbedEvent(event) && event.fromOwnFrame === true,
    isSupportedVersion: ({ event }) => isEmbedEvent(event) && event.version === PROTOCOL_VERSION,
    isTrusted: and(['isAllowedOrigin', 'isOwnFrame', 'isSupportedVersion']),
    /** The host links the ticket itself: `'always'`, or `'auto'` when the CRM did not. */
    needsFallbackAssociation: ({ context, event }) => {
      const ticket = ticketOf(event)
      if (!ticket || context.fallbackAssociate === 'never') return false
      return context.fallbackAssociate === 'always' || !ticket.isAutoAssociated
    },
    /** The embed reported a ticket other than the one this panel is linking (not a repeated message). */
    isAnotherTicket: ({ context, event }) => {
      const ticket = ticketOf(event)
      // Stryker disable next-line ConditionalExpression,OptionalChaining: asked only on `embed.ticketCreated` (so `ticket` is set) in `associating` and `success`, which are entered only with a ticket in context
      return ticket !== null && ticket.ticketId !== context.ticket?.ticketId
    },
    /** The embed said `TICKET_CREATE_STARTED` and has not reported the result yet. */
    isCreateInFlight: ({ context }) => context.createInFlight,
    /** The form may load hidden before "Create Ticket" (`preload: 'intent'`) and would be allowed to open. */
    preloadsOnIntent: ({ context }) =>
      context.preload === 'intent' && context.embedOrigin !== null && isValidId(context.customer.qontakCustomerId),
    /** `keepFrame` is on and the embed said a new `EMBED_INIT` starts its form afresh. */
    canKeepFrame: ({ context }) => context.keepFrame && context.embedCanReset,
    isAlreadyLinked: ({ event }) => 'error' in event && isAlreadyLinkedError(event.error),
    canRetryAssociate: ({ context, event }) =>
      context.associateAttempt < ASSOCIATE_MAX_ATTEMPTS && (!('error' in event) || isRetryableAssociateError(event.error)),
  },
  actions: {
    /** Sends `EMBED_INIT` to the iframe window at the exact embed origin (supplied by the composable). */
    postEmbedInit: () => {},
    /** Shows a toast (supplied by the composable). */
    notify: (_, _params: NotifyParams) => {},
    /** Records an analytics event (supplied by the composable). */
    track: (_, _params: TrackParams) => {},
    /** Keeps a ticket as a pending link that survives a reload (supplied by the composable). */
    rememberPendingLink: (_, _ticket: CreatedTicket) => {},
    resetSession: assign({
      height: null,
      embedCanReset: false,
      error: null,
      ticket: null,
      linkStatus: null,
      associateAttempt: 1,
      associateFailure: null,
      loadStartedAt: null,
      createInFlight: false,
      dismissed: false,
    }),
    /** A kept form starts a new ticket: what belonged to the last one goes, the frame and its height stay. */
    resetTicket: assign({
      error: null,
      ticket: null,
      linkStatus: null,
      associateAttempt: 1,
      associateFailure: null,
      createInFlight: false,
      dismissed: false,
    }),
    markLoadStarted: assign({ loadStartedAt: () => Date.now() }),
    /** What the last trusted `EMBED_READY` said the form can do. */
    assignEmbedCapabilities: assign({
      embedCanReset: ({ context, event }) => (event.type === 'embed.ready' ? event.message.canReset === true : context.embedCanReset),
    }),
    bumpFrameKey: assign({ frameKey: ({ context }) => context.frameKey + 1, error: null, height: null }),
    assignTimeoutError: assign({ error: { reason: 'timeout' } }),
    assignEmbedError: assign({
      error: ({ event }) => {
        // Stryker disable next-line ConditionalExpression,ObjectLiteral,StringLiteral: assignEmbedError runs only on `embed.createError` transitions; the check only narrows the event's type
        if (event.type !== 'embed.createError') return { reason: 'embed', code: 'UNKNOWN' }
        const { errorCode, errorMessage } = event.message
        return errorMessage === undefined
          ? { reason: 'embed', code: errorCode }
          : { reason: 'embed', code: errorCode, message: errorMessage }
      },
    }),
    clearError: assign({ error: null }),
    markCreateInFlight: assign({ createInFlight: true }),
    clearCreateInFlight: assign({ createInFlight: false }),
    markDismissed: assign({ dismissed: true }),
    markShown: assign({ dismissed: false }),
    /** With `optimisticList`, the page lists the ticket already: the panel goes out of sight now. */
    hideWhenListedAtOnce: assign({ dismissed: ({ context }) => context.dismissed || context.optimisticList }),
    emitError: emit(({ context }) => ({ type: 'error', error: context.error ?? { reason: 'timeout' } }) as const),
    assignTicket: assign({ ticket: ({ event }) => ticketOf(event), createInFlight: false }),
    emitTicketCreated: emit(({ event }) => ({ type: 'ticketCreated', ticket: ticketOf(event)! }) as const),
    markLinkNotNeeded: assign({
      // Stryker disable next-line OptionalChaining: markLinkNotNeeded runs right after assignTicket, so the ticket is always set
      linkStatus: ({ context }) => (context.ticket?.isAutoAssociated ? 'auto' : 'skipped'),
    }),
    markLinked: assign({ linkStatus: 'linked' }),
    markAlreadyLinked: assign({ linkStatus: 'already-linked' }),
    recordAssociateFailure: assign({
      associateFailure: ({ event }) =>
        'error' in event ? describeAssociateFailure(event.error) : { message: 'attempt timed out' },
    }),
    nextAssociateAttempt: assign({ associateAttempt: ({ context }) => context.associateAttempt + 1 }),
    markLinkFailed: assign({ linkStatus: 'failed' }),
    emitLinkFailed: emit(({ context }) => ({
      type: 'linkFailed',
      ticket: context.ticket!,
      failure: context.associateFailure,
    }) as const),
    assignHeight: assign({
      height: ({ context, event }) =>
        // Stryker disable next-line ConditionalExpression: assignHeight runs only on `embed.resize`; the check only narrows the event's type
        event.type === 'embed.resize'
          ? Math.min(context.maxHeight, Math.max(context.minHeight, event.message.height))
          : context.height,
    }),
    emitResize: emit(({ context }) => ({ type: 'resize', height: context.height ?? context.minHeight }) as const),
  },
  actors: {
    /** `POST /v1/leads/{contactId}/tickets/{ticketId}` (supplied by the composable). */
    associateTicket: fromPromise<unknown, AssociateTicketInput>(async () => {
      throw new Error('associateTicket is not provided')
    }),
    /** Re-fetches the page's ticket list (supplied by the composable). */
    refreshTickets: fromPromise<unknown, void>(async () => undefined),
  },
  delays: {
    readyTimeout: ({ context }) => context.readyTimeoutMs,
    associateAttemptTimeout: ASSOCIATE_ATTEMPT_TIMEOUT_MS,
    associateBackoff: ({ context }) => ASSOCIATE_BACKOFF_MS * 2 ** (context.associateAttempt - 2),
    refreshTimeout: REFRESH_TIMEOUT_MS,
    closeGrace: ({ context }) => (context.createInFlight ? context.createInFlightGraceMs : context.closeGraceMs),
  },
}).createMachine({
  id: 'ticketEmbed',
  context: ({ input }) => ({
    embedUrl: input.embedUrl,
    embedOrigin: embedOriginOf(input.embedUrl),
    customer: input.customer,
    readyTimeoutMs: input.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS,
    fallbackAssociate: input.fallbackAssociate ?? 'auto',
    minHeight: input.minHeight ?? DEFAULT_MIN_HEIGHT,
    maxHeight: input.maxHeight ?? DEFAULT_MAX_HEIGHT,
    closeGraceMs: input.closeGraceMs ?? CLOSE_GRACE_MS,
    createInFlightGraceMs: input.createInFlightGraceMs ?? CREATE_IN_FLIGHT_GRACE_MS,
    preload: input.preload ?? 'intent',
    keepFrame: input.keepFrame ?? true,
    optimisticList: input.optimisticList ?? true,
    embedCanReset: false,
    createInFlight: false,
    dismissed: false,
    frameKey: 0,
    height: null,
    error: null,
    ticket: null,
    linkStatus: null,
    associateAttempt: 1,
    associateFailure: null,
    loadStartedAt: null,
  }),
  initial: 'hidden',
  states: {
    hidden: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            'panel.prepare': { guard: 'preloadsOnIntent', target: 'warming', actions: 'resetSession' },
            'panel.open': {
              guard: 'isEmbedConfigured',
              target: '#ticketEmbed.loading',
              actions: ['resetSession', track('Opened')],
            },
          },
        },
        // Loading hidden on intent: nothing the frame says is shown or acted on before "Create Ticket",
        // except that it is ready and how tall it is.
        warming: {
          on: {
            'embed.ready': { guard: 'isTrusted', target: 'warm', actions: 'assignEmbedCapabilities' },
            'embed.resize': { guard: 'isTrusted', actions: 'assignHeight' },
            // Still loading: the agent sees the skeleton for what is left of the load.
            'panel.open': { target: '#ticketEmbed.loading', actions: track('Opened') },
          },
        },
        // A loaded form, hidden, that has not been given this ticket's customer: preloaded on intent,
        // or kept after the last ticket. `EMBED_INIT` goes to it only when it is shown.
        warm: {
          on: {
            'panel.open': {
              target: '#ticketEmbed.ready',
              actions: ['resetTicket', 'markLoadStarted', 'postEmbedInit', track('Opened'), track('Ready')],
            },
            // It reloaded itself: the same check of what it can do, still nothing shown.
            'embed.ready': { guard: 'isTrusted', actions: 'assignEmbedCapabilities' },
            'embed.resize': { guard: 'isTrusted', actions: 'assignHeight' },
            'frame.reloaded': { target: 'warming' },
          },
        },
        // Closed from `ready`: nothing shown, but the iframe stays mounted and heard, because the CRM
        // may still answer a create the agent submitted just before closing.
        listening: {
          after: {
            closeGrace: [
              { guard: and(['isCreateInFlight', 'canKeepFrame']), target: 'warm', actions: track('Create Unreported') },
              { guard: 'isCreateInFlight', target: 'idle', actions: track('Create Unreported') },
              ...closedTarget({}),
            ],
          },
          on: {
            'embed.ticketCreated': TICKET_CREATED_TRANSITIONS,
            // The create failed after the agent closed the panel: say so, since no form shows it.
            'embed.createError': {
              guard: 'isTrusted',
              target: 'idle',
              actions: [
                'clearCreateInFlight',
                'assignEmbedError',
                'emitError',
                { type: 'notify', params: { variant: 'error', key: 'createFailedAfterClose' } },
                track('Error'),
              ],
            },
            // The same frame, the same customer, the form as the agent left it (a create maybe still running).
            'panel.open': { target: '#ticketEmbed.ready', actions: ['markShown', track('Opened')] },
          },
        },
      },
    },
    loading: {
      entry: 'markLoadStarted',
      after: {
        readyTimeout: {
          target: 'error',
          actions: ['assignTimeoutError', 'emitError', track('Timeout')],
        },
      },
      on: {
        'embed.ready': {
          guard: 'isTrusted',
          target: 'ready',
          actions: ['assignEmbedCapabilities', 'postEmbedInit', track('Ready')],
        },
        'embed.createError': CREATE_ERROR_TRANSITION,
        ...CLOSE_TRANSITIONS,
      },
    },
    ready: {
      on: {
        'embed.createStarted': { guard: 'isTrusted', actions: 'markCreateInFlight' },
        'embed.ticketCreated': TICKET_CREATED_TRANSITIONS,
        'embed.createError': CREATE_ERROR_TRANSITION,
        'embed.resize': { guard: 'isTrusted', actions: ['assignHeight', 'emitResize'] },
        // The embed reloaded itself (its own navigation) and asks again: it needs the context again.
        'embed.ready': { guard: 'isTrusted', actions: ['assignEmbedCapabilities', 'postEmbedInit'] },
        ...CLOSE_WHILE_CREATE_MAY_RUN_TRANSITIONS,
        // The iframe navigated: whatever loaded now has not been given the customer; wait for its ready.
        'frame.reloaded': { target: 'loading', actions: 'clearCreateInFlight' },
      },
    },
    error: {
      on: {
        'panel.retry': { target: 'loading', actions: 'bumpFrameKey' },
        // After a timeout the iframe stays mounted (hidden): a late ready still recovers.
        'embed.ready': {
          guard: 'isTrusted',
          target: 'ready',
          actions: ['clearError', 'assignEmbedCapabilities', 'postEmbedInit', track('Ready')],
        },
        ...CLOSE_TRANSITIONS,
      },
    },
    associating: {
      on: {
        // A second ticket created while the first is still being linked or the list refreshed (the
        // form stays usable): it is not dropped, it is kept as a pending link for "Link now".
        'embed.ticketCreated': LATE_TICKET_TRANSITIONS,
      },
      initial: 'attempting',
      states: {
        attempting: {
          invoke: {
            id: 'associateTicket',
            src: 'associateTicket',
            input: ({ context }) => ({
              contactId: String(context.customer.qontakCustomerId),
              ticketId: context.ticket!.ticketId,
              attempt: context.associateAttempt,
            }),
            onDone: { target: '#ticketEmbed.success', actions: 'markLinked' },
            onError: [
              { guard: 'isAlreadyLinked', target: '#ticketEmbed.success', actions: 'markAlreadyLinked' },
              { guard: 'canRetryAssociate', target: 'backingOff', actions: 'recordAssociateFailure' },
              { target: '#ticketEmbed.success', actions: ['recordAssociateFailure', ...LINK_FAILED_ACTIONS] },
            ],
          },
          after: {
            // Leaving the state stops the actor, which aborts its request through `signal`.
            associateAttemptTimeout: [
              { guard: 'canRetryAssociate', target: 'backingOff', actions: 'recordAssociateFailure' },
              { target: '#ticketEmbed.success', actions: ['recordAssociateFailure', ...LINK_FAILED_ACTIONS] },
            ],
          },
        },
        backingOff: {
          entry: 'nextAssociateAttempt',
          after: { associateBackoff: { target: 'attempting' } },
        },
      },
    },
    success: {
      entry: [
        { type: 'notify', params: { variant: 'success', key: 'ticketCreated' } },
        track('Created'),
      ],
      on: {
        'embed.ticketCreated': LATE_TICKET_TRANSITIONS,
      },
      invoke: {
        id: 'refreshTickets',
        src: 'refreshTickets',
        onDone: closedTarget({}),
        onError: closedTarget(REFRESH_FAILED),
      },
      after: {
        refreshTimeout: closedTarget(REFRESH_FAILED),
      },
    },
  },
})

export type TicketEmbedMachine = typeof ticketEmbedMachine
