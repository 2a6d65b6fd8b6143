import { field, type WireRecord } from './record'

/** What a reader returns for a value that is allowed but means "not given" (a `null` phone number). */
export const ABSENT = Symbol('absent')

/** A schema reads a plain record and returns the rebuilt message, or the reason it refuses it. */
export type Schema<M> = (record: WireRecord) => M | string

/**
 * Copies optional field `key` onto `message` when present (`undefined` counts as absent).
 * Returns `bad-field:<key>` when present but unreadable, else `undefined`.
 */
export function copyOptional<M extends object>(
  message: M,
  record: WireRecord,
  key: keyof M & string,
  read: (value: unknown) => unknown,
): string | undefined {
  const raw = field(record, key)
  if (raw === undefined) return undefined
  const value = read(raw)
  if (value === undefined) return `bad-field:${key}`
  if (value !== ABSENT) (message as Record<string, unknown>)[key] = value
  return undefined
}

/** `copyOptional` over several keys; the first refusal wins. */
export function copyOptionals<M extends object>(
  message: M,
  record: WireRecord,
  readers: Partial<Record<keyof M & string, (value: unknown) => unknown>>,
): string | undefined {
  for (const key of Object.keys(readers) as (keyof M & string)[]) {
    const reason = copyOptional(message, record, key, readers[key] as (value: unknown) => unknown)
    if (reason) return reason
  }
  return undefined
}
