import { TEXT_MAX_LENGTH } from '../../../protocol/fields'

/**
 * DESIGN §2 restated independently of `protocol/fields.ts`: what an accepted message must look like.
 * Each function returns `null` when the value is fine, else a short description of what is wrong,
 * so a failing property says which rule broke.
 */

const ID_ALPHABET = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/
const MARKUP = /<[A-Za-z/!?]/
// eslint-disable-next-line no-control-regex -- control characters are what free text must not carry
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$/

export const ID_LIMIT = 64
export const ERROR_CODE_LIMIT = 64
export const ERROR_MESSAGE_LIMIT = 500

export function idProblem(value: unknown, limit = ID_LIMIT): string | null {
  if (typeof value !== 'string') return `not a string (${typeof value})`
  if (value.length < 1 || value.length > limit) return `length ${value.length} outside 1..${limit}`
  if (!ID_ALPHABET.test(value)) return 'outside [A-Za-z0-9_.:-] or not starting with a letter or digit'
  if (value.includes('..')) return 'contains ".."'
  return null
}

/** Contact fields of `EMBED_INIT`: bounded, no control characters; `Budi <budi@example.com>` is a real name. */
export function plainTextProblem(value: unknown, limit: number): string | null {
  if (typeof value !== 'string') return `not a string (${typeof value})`
  if (value.length > limit) return `length ${value.length} > ${limit}`
  if (CONTROL.test(value)) return 'contains a control character'
  return null
}

/** Text the embed sends for the agent to read (`errorMessage`, `reason`): plain text, and no markup either. */
export function textProblem(value: unknown, limit: number): string | null {
  return plainTextProblem(value, limit) ?? (MARKUP.test(value as string) ? 'contains markup' : null)
}

const heightProblem = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : `height ${String(value)} is not finite ≥ 0`
const booleanProblem = (value: unknown) => (typeof value === 'boolean' ? null : 'not a boolean')
const nullableIdProblem = (value: unknown) => (value === null ? null : idProblem(value))
const localeProblem = (value: unknown) => (typeof value === 'string' && LOCALE.test(value) ? null : 'not a locale')
const isNull = (value: unknown) => (value === null ? null : 'not null')

type FieldRule = (value: unknown) => string | null
export interface MessageRules {
  required: Record<string, FieldRule>
  optional: Record<string, FieldRule>
}

const embedText: FieldRule = (value) => textProblem(value, TEXT_MAX_LENGTH)
const contactText: FieldRule = (value) => plainTextProblem(value, TEXT_MAX_LENGTH)

/** Every field of every message type; a field not listed here must not appear in an accepted message. */
export const EMBED_RULES: Record<string, MessageRules> = {
  EMBED_READY: { required: {}, optional: {} },
  TICKET_CREATED: { required: { ticketId: idProblem }, optional: { pipelineId: nullableIdProblem, isAutoAssociated: booleanProblem } },
  TICKET_CREATE_ERROR: {
    required: { errorCode: (value) => idProblem(value, ERROR_CODE_LIMIT) },
    optional: { errorMessage: (value) => textProblem(value, ERROR_MESSAGE_LIMIT) },
  },
  EMBED_CLOSE: { required: {}, optional: { reason: embedText } },
  EMBED_RESIZE: { required: { height: heightProblem }, optional: {} },
}

export const HOST_RULES: Record<string, MessageRules> = {
  EMBED_INIT: {
    required: { roomId: isNull, qontakCustomerId: idProblem },
    optional: {
      contactName: contactText,
      contactPhone: contactText,
      contactEmail: contactText,
      contactAccountUniqId: contactText,
      channelType: contactText,
      locale: localeProblem,
    },
  },
}

/** Fields whose wire value may be a non-negative safe integer that the parser turns into a string. */
export const ID_FIELDS = new Set(['ticketId', 'pipelineId', 'qontakCustomerId'])

/** The accepted `message` satisfies its TypeScript type and the bounds of DESIGN §2. */
export function messageProblem(rules: Record<string, MessageRules>, message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return 'not an object'
  if (Object.getPrototypeOf(message) !== Object.prototype) return 'not a plain object of this realm'
  const record = message as Record<string, unknown>
  const type = record.type
  const rule = typeof type === 'string' && Object.hasOwn(rules, type) ? rules[type] : undefined
  if (!rule) return `type ${String(type)} is not one of ${Object.keys(rules).join(', ')}`
  if (record.version !== 1) return `version ${String(record.version)} is not 1`
  for (const key of Reflect.ownKeys(record)) {
    if (typeof key !== 'string') return 'has a symbol key'
    const descriptor = Object.getOwnPropertyDescriptor(record, key)!
    if (!('value' in descriptor)) return `${key} is an accessor`
    if (key === 'type' || key === 'version') continue
    const check = rule.required[key] ?? rule.optional[key]
    if (!check) return `${key} is not a field of ${type}`
    if (descriptor.value === undefined) return `${key} is present but undefined`
    const problem = check(descriptor.value)
    if (problem) return `${key}: ${problem}`
  }
  for (const key of Object.keys(rule.required)) if (!Object.hasOwn(record, key)) return `${key} is missing`
  return null
}

/**
 * Every field of the accepted `message` is the sender's own data property, unchanged (ids may go
 * from number to string): the parser invents nothing and reads nothing inherited or computed.
 */
export function faithfulnessProblem(input: unknown, message: Record<string, unknown>): string | null {
  for (const key of Object.keys(message)) {
    const descriptor = Object.getOwnPropertyDescriptor(input as object, key)
    if (!descriptor || !('value' in descriptor)) return `${key} was not an own data property of the input`
    const sent: unknown = descriptor.value
    const expected = ID_FIELDS.has(key) && typeof sent === 'number' ? String(sent) : sent
    if (!Object.is(expected, message[key])) return `${key} changed from ${String(sent)} to ${String(message[key])}`
  }
  return null
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype']

/**
 * Why DESIGN §2 says `data` must be dropped whatever its fields: not a plain object, a hostile
 * prototype, or a prototype-pollution key. `null` when its fields decide.
 */
export function mustRejectReason(data: unknown): string | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a plain object'
    const proto: unknown = Object.getPrototypeOf(data)
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return 'its prototype is not an Object.prototype'
    const key = FORBIDDEN_KEYS.find((name) => Object.prototype.hasOwnProperty.call(data, name))
    return key === undefined ? null : `it has an own "${key}" key`
  } catch {
    return 'reading it throws'
  }
}

/** The reasons the parsers may give, so the host's message log stays machine-readable. */
export const REASON_PATTERN = /^(not-object|unknown-type|unreadable|bad-field:[A-Za-z]+|forbidden-key:[A-Za-z_]+)$/
