import type { AnyMachineSnapshot } from 'xstate'
import { ASSOCIATE_BACKOFF_MS, CREATE_IN_FLIGHT_GRACE_MS, DEFAULT_DELAYS_MS, DEFAULT_MAX_HEIGHT, DEFAULT_MIN_HEIGHT } from '../../machines/constants'
import type { EmbedEvent, EmbedEventEnvelope, TicketEmbedEvent, TicketEmbedInput } from '../../machines/types'

/**
 * The events the model-based tests feed the statechart: for every event type a state accepts, a
 * trusted sample and the untrusted ones an attacker or a stray frame would send, each with the
 * plain words QA reads in `docs/test-paths.md`.
 */

/** The embed page the model's panel loads; its origin is the only trusted one. */
export const EMBED_URL = 'https://crm.example.com/embed/ticket/create'
/** The exact origin of `EMBED_URL`. */
export const CRM_ORIGIN = 'https://crm.example.com'
/** The customer the tickets are created for. */
export const CUSTOMER_ID = 'C-42'
/** The ticket the embed reports as created. */
export const TICKET_ID = 'T-1001'
/** A ticket created while the first one is still being linked. */
export const SECOND_TICKET_ID = 'T-1002'

/** The machine input every model path starts from (`fallbackAssociate` left at its default, `auto`). */
export const MODEL_INPUT: TicketEmbedInput = {
  embedUrl: EMBED_URL,
  customer: { qontakCustomerId: CUSTOMER_ID, contactName: 'Dewi Lestari' },
}

/** An HTTP error the way `associate` rejects: an `Error` with a numeric `status`. */
export class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`)
    this.name = 'HttpStatusError'
  }
}

/** Machine events plus the ones XState raises itself: timers and invoked actors settling. */
export type ModelEvent =
  | TicketEmbedEvent
  | { type: `xstate.after.${string}` }
  | { type: `xstate.done.actor.${string}`; output: unknown }
  | { type: `xstate.error.actor.${string}`; error: unknown }

/** One sample event and how the documents say it. */
export interface SampleEvent {
  /** Stable id, used to key transitions (errors do not survive `JSON.stringify`). */
  id: string
  event: ModelEvent
  /** `false` for a forged or stray `embed.*` message, which must change nothing. */
  trusted: boolean
  /** Plain words; a function when they depend on the state the event arrives in. */
  phrase: string | ((from: AnyMachineSnapshot) => string)
}

const TRUSTED: EmbedEventEnvelope = { origin: CRM_ORIGIN, fromOwnFrame: true, version: 1 }
/** Why an `embed.*` message is not trusted, and how the documents say so. */
const UNTRUSTED: readonly { id: string; envelope: EmbedEventEnvelope; says: string }[] = [
  { id: 'wrong-origin', envelope: { origin: 'https://evil.example', fromOwnFrame: true, version: 1 }, says: 'from another origin (https://evil.example)' },
  { id: 'wrong-frame', envelope: { origin: CRM_ORIGIN, fromOwnFrame: false, version: 1 }, says: 'from another frame of the CRM origin' },
  { id: 'wrong-version', envelope: { origin: CRM_ORIGIN, fromOwnFrame: true, version: 2 }, says: 'with protocol version 2' },
]

type EmbedMessageOf<T extends EmbedEvent['type']> = Extract<EmbedEvent, { type: T }>['message']

/** A trusted sample and one untrusted sample per way of being untrusted. */
function embedSamples<T extends EmbedEvent['type']>(
  type: T,
  message: EmbedMessageOf<T>,
  trustedPhrase: string,
  untrustedPhrase: string,
): SampleEvent[] {
  return [
    { id: `${type}`, event: { type, ...TRUSTED, message } as ModelEvent, trusted: true, phrase: trustedPhrase },
    ...UNTRUSTED.map(({ id, envelope, says }) => ({
      id: `${type}:${id}`,
      event: { type, ...envelope, message } as ModelEvent,
      trusted: false,
      phrase: `${untrustedPhrase} ${says}`,
    })),
  ]
}

/** The ms a named delay waits, given the state it runs in (`associateBackoff` doubles per attempt). */
export function delayMs(delay: string, from: AnyMachineSnapshot, input: TicketEmbedInput = MODEL_INPUT): number {
  if (delay === 'readyTimeout') return input.readyTimeoutMs ?? DEFAULT_DELAYS_MS.readyTimeout
  if (delay === 'closeGrace') {
    return from.context.createInFlight === true
      ? (input.createInFlightGraceMs ?? CREATE_IN_FLIGHT_GRACE_MS)
      : (input.closeGraceMs ?? DEFAULT_DELAYS_MS.closeGrace)
  }
  if (delay === 'associateBackoff') return ASSOCIATE_BACKOFF_MS * 2 ** ((from.context.associateAttempt as number) - 2)
  const ms = (DEFAULT_DELAYS_MS as Record<string, number>)[delay]
  if (ms === undefined) throw new Error(`no default for delay "${delay}" in DEFAULT_DELAYS_MS`)
  return ms
}

const seconds = (ms: number) => `${ms / 1000} s`
const after = (delay: string, stateId: string) => ({ type: `xstate.after.${delay}.${stateId}` }) as ModelEvent
const ticketCreated = (isAutoAssociated: boolean, ticketId = TICKET_ID): EmbedMessageOf<'embed.ticketCreated'> => ({
  type: 'TICKET_CREATED',
  version: 1,
  ticketId,
  pipelineId: 'P-7',
  isAutoAssociated,
})
const attemptOf = (from: AnyMachineSnapshot) => from.context.associateAttempt as number

/** Every sample event. */
export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  { id: 'panel.prepare', event: { type: 'panel.prepare' }, trusted: true, phrase: 'Agent opens the "+" menu' },
  { id: 'panel.open', event: { type: 'panel.open' }, trusted: true, phrase: 'Agent clicks Create Ticket' },
  { id: 'panel.close', event: { type: 'panel.close' }, trusted: true, phrase: 'Agent closes the panel (back arrow)' },
  { id: 'panel.retry', event: { type: 'panel.retry' }, trusted: true, phrase: 'Agent clicks Retry' },
  { id: 'frame.reloaded', event: { type: 'frame.reloaded' }, trusted: true, phrase: 'the iframe loads again (it navigated)' },
  ...embedSamples('embed.ready', { type: 'EMBED_READY', version: 1 }, 'embed reports ready from the CRM origin', 'a ready message arrives'),
  {
    // An embed built with the child SDK's `onReset`: its form may be kept for the next ticket.
    id: 'embed.ready:can-reset',
    event: { type: 'embed.ready', ...TRUSTED, message: { type: 'EMBED_READY', version: 1, canReset: true } },
    trusted: true,
    phrase: 'embed reports ready from the CRM origin and says it can start afresh',
  },
  ...embedSamples(
    'embed.createStarted',
    { type: 'TICKET_CREATE_STARTED', version: 1 },
    'embed says the create request is on its way',
    'a create-started message arrives',
  ),
  ...embedSamples('embed.ticketCreated', ticketCreated(false), `embed reports ticket ${TICKET_ID} created, not linked by the CRM`, 'a ticket-created message arrives'),
  {
    id: 'embed.ticketCreated:auto-associated',
    event: { type: 'embed.ticketCreated', ...TRUSTED, message: ticketCreated(true) },
    trusted: true,
    phrase: `embed reports ticket ${TICKET_ID} created and linked by the CRM`,
  },
  {
    // The form stays usable while the first ticket is linked: a second one must not be dropped.
    id: 'embed.ticketCreated:second-ticket',
    event: { type: 'embed.ticketCreated', ...TRUSTED, message: ticketCreated(false, SECOND_TICKET_ID) },
    trusted: true,
    phrase: `embed reports a second ticket ${SECOND_TICKET_ID} created, not linked by the CRM`,
  },
  ...embedSamples(
    'embed.createError',
    { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'AUTH_REQUIRED', errorMessage: 'Please sign in to the CRM' },
    'embed reports a create error (AUTH_REQUIRED)',
    'a create-error message arrives',
  ),
  ...embedSamples('embed.close', { type: 'EMBED_CLOSE', version: 1, reason: 'cancelled' }, 'embed asks to close', 'a close message arrives'),
  ...embedSamples('embed.resize', { type: 'EMBED_RESIZE', version: 1, height: 720 }, 'embed asks for 720 px of height', 'a resize message arrives'),
  {
    id: 'embed.resize:too-tall',
    event: { type: 'embed.resize', ...TRUSTED, message: { type: 'EMBED_RESIZE', version: 1, height: 5000 } },
    trusted: true,
    phrase: `embed asks for 5000 px of height (clamped to ${DEFAULT_MAX_HEIGHT})`,
  },
  {
    id: 'embed.resize:too-short',
    event: { type: 'embed.resize', ...TRUSTED, message: { type: 'EMBED_RESIZE', version: 1, height: 10 } },
    trusted: true,
    phrase: `embed asks for 10 px of height (clamped to ${DEFAULT_MIN_HEIGHT})`,
  },
  {
    id: 'after:readyTimeout',
    event: after('readyTimeout', 'ticketEmbed.loading'),
    trusted: true,
    phrase: (from) => `${seconds(delayMs('readyTimeout', from))} pass without a ready message (ready timeout)`,
  },
  {
    id: 'after:closeGrace',
    event: after('closeGrace', 'ticketEmbed.hidden.listening'),
    trusted: true,
    phrase: (from) => `${seconds(delayMs('closeGrace', from))} pass without a word from the closed panel's frame (close grace)`,
  },
  {
    id: 'associate:done',
    event: { type: 'xstate.done.actor.associateTicket', output: { linked: true } },
    trusted: true,
    phrase: (from) => `link request (attempt ${attemptOf(from)}) succeeds`,
  },
  ...[
    { id: '503', error: new HttpStatusError(503), says: 'fails with 503' },
    { id: '409', error: new HttpStatusError(409), says: 'answers 409 (already linked)' },
    { id: '400', error: new HttpStatusError(400), says: 'fails with 400' },
    { id: 'network', error: new TypeError('Failed to fetch'), says: 'fails with a network error' },
  ].map(({ id, error, says }): SampleEvent => ({
    id: `associate:error:${id}`,
    event: { type: 'xstate.error.actor.associateTicket', error },
    trusted: true,
    phrase: (from) => `link request (attempt ${attemptOf(from)}) ${says}`,
  })),
  {
    id: 'after:associateAttemptTimeout',
    event: after('associateAttemptTimeout', 'ticketEmbed.associating.attempting'),
    trusted: true,
    phrase: (from) => `link request (attempt ${attemptOf(from)}) gets no answer for ${seconds(delayMs('associateAttemptTimeout', from))}`,
  },
  {
    id: 'after:associateBackoff',
    event: after('associateBackoff', 'ticketEmbed.associating.backingOff'),
    trusted: true,
    phrase: (from) => `${seconds(delayMs('associateBackoff', from))} backoff passes`,
  },
  { id: 'refresh:done', event: { type: 'xstate.done.actor.refreshTickets', output: undefined }, trusted: true, phrase: 'ticket list refreshes' },
  {
    id: 'refresh:error',
    event: { type: 'xstate.error.actor.refreshTickets', error: new HttpStatusError(500) },
    trusted: true,
    phrase: 'refreshing the ticket list fails (500)',
  },
  {
    id: 'after:refreshTimeout',
    event: after('refreshTimeout', 'ticketEmbed.success'),
    trusted: true,
    phrase: (from) => `refreshing the ticket list gets no answer for ${seconds(delayMs('refreshTimeout', from))}`,
  },
]

const byEvent = new Map<ModelEvent, SampleEvent>(SAMPLE_EVENTS.map((sample) => [sample.event, sample]))

/** The sample an event object came from (the traversal hands back the very same objects). */
export function sampleOf(event: ModelEvent): SampleEvent {
  const sample = byEvent.get(event)
  if (!sample) throw new Error(`not a sample event: ${event.type}`)
  return sample
}

/** The plain words of `event` arriving in state `from`. */
export function phraseOf(event: ModelEvent, from: AnyMachineSnapshot): string {
  const { phrase } = sampleOf(event)
  return typeof phrase === 'function' ? phrase(from) : phrase
}
