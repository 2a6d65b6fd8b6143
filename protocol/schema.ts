import { field, type WireRecord } from './record'
import { PROTOCOL_VERSION } from './version'

/** What a reader returns for a value that is allowed but means "not given" (a `null` phone number). */
export const ABSENT = Symbol('absent')

/**
 * Reads one field: the normalised value, `ABSENT` for an allowed "not given", or `undefined` when
 * the value breaks the contract.
 */
export type FieldReader = (value: unknown) => unknown

/**
 * The schema of one message: each field with its reader, `true` when required. Declarative on
 * purpose: one small loop checks every message, which keeps the embed-side bundle small.
 */
export type Schema = Readonly<Record<string, readonly [read: FieldReader, required?: true]>>

/**
 * Rebuilds a message of `type` from `record` with only the schema's fields (extra fields are
 * ignored, never copied), or returns `bad-field:<name>` for the first field that breaks it.
 */
export function applySchema(type: string, schema: Schema, record: WireRecord): Record<string, unknown> | string {
  const message: Record<string, unknown> = { type, version: PROTOCOL_VERSION }
  for (const key of Object.keys(schema)) {
    const [read, required] = schema[key]!
    const raw = field(record, key)
    if (raw === undefined && !required) continue
    const value = read(raw)
    if (value === undefined) return `bad-field:${key}`
    if (value !== ABSENT) message[key] = value
  }
  return message
}
