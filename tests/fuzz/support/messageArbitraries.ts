import fc from 'fast-check'
import type { EmbedInitMessage, EmbedToHostMessage } from '../../../protocol/messages'
import { TEXT_MAX_LENGTH } from '../../../protocol/fields'
import { ERROR_MESSAGE_LIMIT, ID_LIMIT, plainTextProblem, textProblem } from './messageOracle'

/** A valid wire message and the message the parser must rebuild from it. */
export interface ValidCase<M> {
  wire: Record<string, unknown>
  expected: M
}

export const EMBED_TYPES = ['EMBED_READY', 'TICKET_CREATED', 'TICKET_CREATE_ERROR', 'EMBED_CLOSE', 'EMBED_RESIZE'] as const
export const HOST_TYPES = ['EMBED_INIT'] as const
/** Every field name of the contract, both directions: an extra field of one type is a real field of another. */
export const FIELD_NAMES = [
  'type', 'version', 'ticketId', 'pipelineId', 'isAutoAssociated', 'errorCode', 'errorMessage', 'reason', 'height',
  'roomId', 'qontakCustomerId', 'contactName', 'contactPhone', 'contactEmail', 'contactAccountUniqId', 'channelType', 'locale',
] as const
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const

/** Everything `fc.anything` can make, every option on: what a hostile page could try to get past a parser. */
export const ANYTHING_CONSTRAINTS = {
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
} satisfies fc.ObjectConstraints
export const hostileValue = fc.anything({
  ...ANYTHING_CONSTRAINTS,
  key: fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...FIELD_NAMES, ...FORBIDDEN_KEYS)),
})
/** Values `structuredClone` accepts, for extra fields of messages that must survive a clone. */
const cloneableValue = fc.anything({ ...ANYTHING_CONSTRAINTS, maxDepth: 2 })

const ID_BOUNDARIES = ['0', 'a', 'Z', 'a'.repeat(ID_LIMIT), '9'.repeat(ID_LIMIT), 'A:b-c_d.e', '1e3', 'TCK-42'] as const
const validIdString = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/).filter((id) => !id.includes('..')),
  fc.constantFrom(...ID_BOUNDARIES),
)
/** Ids may arrive as strings or non-negative safe integers. */
export const validId = fc.oneof(validIdString, fc.maxSafeNat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER))
const asId = (value: unknown) => (typeof value === 'number' ? String(value) : value)

/** Characters that free text may carry, including ones that look dangerous but are not markup. */
const textUnit = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  fc.constantFrom('<', '>', '&', ' ', '"', "'", '/', '\t', '\n', '\r', '\u202e', '\u00a0', '\u{1F600}', '< b', '<3', '&lt;'),
)
export const validText = (limit: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: textUnit, maxLength: 40 }).filter((text) => textProblem(text, limit) === null) },
    { weight: 1, arbitrary: fc.constantFrom('', 'x'.repeat(limit), '\u00e9'.repeat(limit), 'a < b'.padEnd(limit, '.')) },
  )
/** Contact text: any characters but control ones, markup included. */
export const validPlainText = (limit: number) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: textUnit, maxLength: 40 }).filter((text) => plainTextProblem(text, limit) === null) },
    { weight: 1, arbitrary: fc.constantFrom('Budi <budi@example.com>', '<b>VIP</b> Rina', '<!-- x -->', 'x'.repeat(limit)) },
  )
const validHeight = fc.oneof(
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
  fc.nat(5_000),
  fc.constantFrom(0, -0, Number.MIN_VALUE, Number.MAX_VALUE, 240, 2_000),
)
const validLocale = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$/),
  fc.constantFrom('id', 'en', 'en-US', 'zh-Hant-TW'),
)

const OMIT = Symbol('omit')
interface Entry {
  key: string
  wire: unknown
  /** `OMIT`: the field is sent but does not appear in the rebuilt message. */
  expected: unknown
}
const required = (key: string, value: fc.Arbitrary<unknown>, normalise: (value: unknown) => unknown = (v) => v) =>
  value.map((wire): Entry => ({ key, wire, expected: normalise(wire) }))
/** Absent, present as `undefined` (reads as absent), or a valid value. */
const optional = (key: string, value: fc.Arbitrary<unknown>, normalise: (value: unknown) => unknown = (v) => v) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant<Entry>({ key, wire: undefined, expected: OMIT }) },
    { weight: 6, arbitrary: required(key, value, normalise) },
  )
/** Extra fields (other types' fields, method names, random keys) that the parser must ignore. */
const extraFields = (ownKeys: readonly string[]) =>
  fc.dictionary(
    fc
      .oneof(fc.constantFrom(...FIELD_NAMES, 'data', 'toString', 'valueOf', 'hasOwnProperty', 'then'), fc.string())
      .filter((key) => !ownKeys.includes(key) && !(FORBIDDEN_KEYS as readonly string[]).includes(key)),
    cloneableValue,
    { maxKeys: 3 },
  )

/** Defines `key` as an own data property, even `__proto__`, without calling any setter. */
export function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** `schemaKeys`: every field of the type, so that no extra field is mistaken for a real one. */
function validCase<M>(type: string, schemaKeys: readonly string[], entries: fc.Arbitrary<Entry | null>[], base: Record<string, unknown> = {}) {
  const extras = extraFields(['type', 'version', ...Object.keys(base), ...schemaKeys])
  return fc.tuple(fc.tuple(...entries), fc.oneof(fc.constant({}), extras)).map(([fields, extraValues]): ValidCase<M> => {
    const wire: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(extraValues)) define(wire, key, value)
    const expected: Record<string, unknown> = { type, version: 1, ...base }
    Object.assign(wire, { type, version: 1, ...base })
    for (const entry of fields) {
      if (!entry) continue
      wire[entry.key] = entry.wire
      if (entry.expected !== OMIT) expected[entry.key] = entry.expected
    }
    return { wire, expected: expected as M }
  })
}

/** A valid embed → host message of every type. */
export const validEmbedCase: fc.Arbitrary<ValidCase<EmbedToHostMessage>> = fc.oneof(
  validCase<EmbedToHostMessage>('EMBED_READY', [], []),
  validCase<EmbedToHostMessage>('TICKET_CREATED', ['ticketId', 'pipelineId', 'isAutoAssociated'], [
    required('ticketId', validId, asId),
    optional('pipelineId', fc.oneof(fc.constant(null), validId), asId),
    optional('isAutoAssociated', fc.boolean()),
  ]),
  validCase<EmbedToHostMessage>('TICKET_CREATE_ERROR', ['errorCode', 'errorMessage'], [
    required('errorCode', validIdString),
    optional('errorMessage', validText(ERROR_MESSAGE_LIMIT)),
  ]),
  validCase<EmbedToHostMessage>('EMBED_CLOSE', ['reason'], [optional('reason', validText(TEXT_MAX_LENGTH))]),
  validCase<EmbedToHostMessage>('EMBED_RESIZE', ['height'], [required('height', validHeight)]),
)

const HOST_FIELDS = ['qontakCustomerId', 'contactName', 'contactPhone', 'contactEmail', 'contactAccountUniqId', 'channelType', 'locale']
/** `null` contact fields (and locale) are allowed and read as absent. */
const contactText = fc.oneof(fc.constant(null), validPlainText(TEXT_MAX_LENGTH))
const dropNull = (value: unknown) => (value === null ? OMIT : value)

/** A valid host → embed message (`EMBED_INIT`). */
export const validHostCase: fc.Arbitrary<ValidCase<EmbedInitMessage>> = validCase<EmbedInitMessage>(
  'EMBED_INIT',
  HOST_FIELDS,
  [
    required('qontakCustomerId', validId, asId),
    optional('contactName', contactText, dropNull),
    optional('contactPhone', contactText, dropNull),
    optional('contactEmail', contactText, dropNull),
    optional('contactAccountUniqId', contactText, dropNull),
    optional('channelType', contactText, dropNull),
    optional('locale', fc.oneof(fc.constant(null), validLocale), dropNull),
  ],
  { roomId: null },
)

/** An object shaped like a message (a known type, version 1, contract field names) with values of any kind. */
export const messageShaped = fc
  .record({
    type: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...EMBED_TYPES, ...HOST_TYPES) }, { weight: 1, arbitrary: hostileValue }),
    version: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: hostileValue }),
    fields: fc.dictionary(
      fc.constantFrom(...FIELD_NAMES.slice(2)),
      fc.oneof(validId, validText(ERROR_MESSAGE_LIMIT), validHeight, fc.boolean(), fc.constant(null), hostileValue),
      { maxKeys: 6 },
    ),
  })
  .map(({ type, version, fields }) => ({ ...fields, type, version }))
