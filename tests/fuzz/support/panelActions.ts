import fc from 'fast-check'
import type { FallbackAssociate } from '../../../machines/types'
import { parseEmbedMessage } from '../../../protocol/parse'
import type { AssociateResult, Outcome, RefreshResult } from './fakeBackend'
import { validEmbedCase } from './messageArbitraries'
import { mutated } from './messageMutations'

/** What the embed page says, before the runner gives it a fresh ticket id and posts it. */
export type EmbedSays =
  | { type: 'EMBED_READY'; canReset?: boolean }
  | { type: 'TICKET_CREATE_STARTED' }
  | { type: 'TICKET_CREATED'; numericId: boolean; pipelineId?: string | null; isAutoAssociated?: boolean }
  | { type: 'TICKET_CREATE_ERROR'; errorCode: string; errorMessage?: string }
  | { type: 'EMBED_CLOSE'; reason?: string }
  | { type: 'EMBED_RESIZE'; height: number }

/** How a forged message differs from a trusted one: exactly one of origin, source window or version. */
export type Forgery =
  | { by: 'origin'; origin: string }
  | { by: 'source'; source: 'otherFrame' | 'staleFrame' | 'none' | 'hostWindow' }
  | { by: 'version'; version: unknown }
  | { by: 'noVersion' }

/** One step of a run. */
export type PanelAction =
  /** The "+" menu opens: preconnect and preload (`prepare()`). */
  | { kind: 'prepare' }
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'retry' }
  /** "Link now" on the `pick`-th pending link (or on an id that is not pending), once or double-clicked. */
  | { kind: 'retryLink'; pick: number; clicks: 1 | 2 }
  | { kind: 'advance'; ms: number }
  | { kind: 'trusted'; says: EmbedSays }
  | { kind: 'forged'; forgery: Forgery; says: EmbedSays }
  /** From the exact origin and the panel's own frame, but refused by the parser. */
  | { kind: 'malformed'; data: unknown }
  /** The panel's iframe fires `load` (the second one means it navigated). */
  | { kind: 'frameLoad' }
  /** The page is being hidden (navigation, bfcache) and may come back. */
  | { kind: 'pagehide' }

export interface PanelScenario {
  fallbackAssociate: Exclude<FallbackAssociate, 'never'>
  actions: PanelAction[]
  associateOutcomes: Outcome<AssociateResult>[]
  refreshOutcomes: Outcome<RefreshResult>[]
  /** Unmount right after the last action, with whatever is in flight, instead of draining timers first. */
  unmountEarly: boolean
  /** A ticket whose link failed before a reload, in sessionStorage when the panel mounts ("Link now" has work). */
  pendingFromEarlier: boolean
}

const embedSays: fc.Arbitrary<EmbedSays> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ type: 'EMBED_READY' as const }) },
  // A form that can start afresh: the panel keeps it for the next ticket.
  { weight: 1, arbitrary: fc.constant({ type: 'EMBED_READY' as const, canReset: true }) },
  { weight: 2, arbitrary: fc.constant({ type: 'TICKET_CREATE_STARTED' as const }) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        type: fc.constant('TICKET_CREATED' as const),
        numericId: fc.boolean(),
        pipelineId: fc.constantFrom(null, 'pl-support'),
        isAutoAssociated: fc.boolean(),
      },
      { requiredKeys: ['type', 'numericId'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { type: fc.constant('TICKET_CREATE_ERROR' as const), errorCode: fc.constantFrom('AUTH_REQUIRED', 'E'), errorMessage: fc.constantFrom('No access', 'a < b') },
      { requiredKeys: ['type', 'errorCode'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('EMBED_CLOSE' as const), reason: fc.constant('cancel') }, { requiredKeys: ['type'] }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('EMBED_RESIZE' as const),
      height: fc.oneof(fc.nat(3_000), fc.constantFrom(0, 239.5, 2_000.5, Number.MAX_VALUE)),
    }),
  },
)

const forgery: fc.Arbitrary<Forgery> = fc.oneof(
  fc.record({
    by: fc.constant('origin' as const),
    origin: fc.constantFrom(
      'https://evil.example', 'http://crm.example.com', 'https://crm.example.com:8443', 'https://crm.example.com.evil.example',
      'https://sub.crm.example.com', 'https://crm.example.com/', 'null', '', 'http://localhost:3000',
    ),
  }),
  fc.record({ by: fc.constant('source' as const), source: fc.constantFrom('otherFrame', 'staleFrame', 'none', 'hostWindow') }),
  fc.record({ by: fc.constant('version' as const), version: fc.constantFrom(2, 0, '1', '1.0', 1.5, null, true, [1], 1n) }),
  fc.constant({ by: 'noVersion' as const }),
)

const HOSTILE_DATA: unknown[] = [
  'EMBED_READY', '{"type":"EMBED_READY","version":1}', null, undefined, 42, [{ type: 'EMBED_READY', version: 1 }],
  { type: 'TICKET_CREATED', version: 1, ticketId: '../admin' },
  { type: 'TICKET_CREATED', version: 1, ticketId: '1/2' },
  { type: 'TICKET_CREATED', version: 1, ticketId: 'x'.repeat(65) },
  { type: 'TICKET_CREATED', version: 1, ticketId: -1 },
  { type: 'EMBED_RESIZE', version: 1, height: Number.NaN },
  { type: 'EMBED_RESIZE', version: 1, height: -1 },
  { type: 'EMBED_RESIZE', version: 1, height: '500' },
  { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'E', errorMessage: '<img src=x onerror=alert(1)>' },
  JSON.parse('{"__proto__":{"polluted":1},"type":"EMBED_READY","version":1}'),
  Object.create({ type: 'EMBED_READY', version: 1 }),
  { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'cus-1001' },
  { type: 'embed.ready', version: 1 },
]

const UNCLONEABLE = Symbol('uncloneable')
/** What `postMessage` would deliver: a structured clone (proxies and accessors cannot cross windows). */
function delivered(data: unknown): unknown {
  try {
    return structuredClone(data)
  } catch {
    return UNCLONEABLE
  }
}

/** Data the parser refuses: a hand-picked list, and mutated valid messages that no longer parse once delivered. */
const malformedData = fc.oneof(
  fc.constantFrom(...HOSTILE_DATA),
  mutated(validEmbedCase)
    .map(({ data }) => delivered(data))
    .filter((data) => data !== UNCLONEABLE && !parseEmbedMessage(data).ok),
)

export const panelAction: fc.Arbitrary<PanelAction> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'prepare' as const }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'open' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'close' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'retry' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retryLink' as const), pick: fc.nat(3), clicks: fc.constantFrom(1 as const, 2 as const) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(
        fc.integer({ min: 0, max: 1_500 }),
        fc.constantFrom(999, 1_000, 2_000, 9_999, 10_000),
        fc.integer({ min: 1_500, max: 15_000 }),
      ),
    }),
  },
  { weight: 9, arbitrary: fc.record({ kind: fc.constant('trusted' as const), says: embedSays }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('forged' as const), forgery, says: embedSays }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('malformed' as const), data: malformedData }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'frameLoad' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'pagehide' as const }) },
)

const delayMs = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 3_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 3_001, max: 15_000 }) },
)
const associateResult: fc.Arbitrary<AssociateResult> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('ok' as const) },
  { weight: 1, arbitrary: fc.constant(409 as const) },
  { weight: 2, arbitrary: fc.constantFrom(400 as const, 403 as const, 404 as const, 422 as const) },
  { weight: 3, arbitrary: fc.constantFrom(429 as const, 500 as const, 502 as const, 503 as const) },
  { weight: 2, arbitrary: fc.constant('network' as const) },
  { weight: 1, arbitrary: fc.constant('throw' as const) },
  { weight: 2, arbitrary: fc.constant('hang' as const) },
)
const refreshResult: fc.Arbitrary<RefreshResult> = fc.oneof(
  { weight: 4, arbitrary: fc.constant('ok' as const) },
  { weight: 1, arbitrary: fc.constantFrom('error' as const, 'throw' as const) },
  { weight: 1, arbitrary: fc.constant('hang' as const) },
)

/**
 * Half of the runs start with the panel open and its embed ready, so that 25 random actions reach
 * the deep states (linking, retries, pending links) often; shrinking may drop the prefix.
 */
const warmStart = fc.constantFrom<PanelAction[]>([], [{ kind: 'open' }, { kind: 'trusted', says: { type: 'EMBED_READY' } }])

/** A whole run: options, the actions, and the queues the fake CRM answers from. */
export const panelScenario = (maxActions: number): fc.Arbitrary<PanelScenario> =>
  fc.record({
    fallbackAssociate: fc.constantFrom('auto' as const, 'always' as const),
    actions: fc
      .tuple(warmStart, fc.array(panelAction, { maxLength: maxActions - 2, size: 'max' }))
      .map(([start, rest]) => [...start, ...rest]),
    associateOutcomes: fc.array(fc.record({ result: associateResult, delayMs }), { maxLength: 8 }),
    refreshOutcomes: fc.array(fc.record({ result: refreshResult, delayMs }), { maxLength: 4 }),
    unmountEarly: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    pendingFromEarlier: fc.boolean(),
  })
