/**
 * Turns untrusted `data` into a record whose own data properties can be read safely, or a reason.
 * Only plain objects pass: a prototype that is not (a realm's) `Object.prototype` could answer
 * field reads the sender never sent, and `__proto__` / `constructor` / `prototype` keys are the
 * first step of prototype pollution in whatever copies the object later.
 */
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype']

export type WireRecord = Readonly<Record<string, unknown>>

export function readRecord(data: unknown): WireRecord | string {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not-object'
  const proto: unknown = Object.getPrototypeOf(data)
  // `Object.prototype` of another realm (a message structured-cloned in another window) is fine too.
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return 'not-object'
  for (const key of FORBIDDEN_KEYS) {
    if (Object.prototype.hasOwnProperty.call(data, key)) return `forbidden-key:${key}`
  }
  return data as WireRecord
}

/** An own data property; accessors and inherited values read as absent. */
export function field(record: WireRecord, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(record, key)
  return descriptor && 'value' in descriptor ? descriptor.value : undefined
}

/** True when the record has an own property `key`, whatever its value. */
export function has(record: WireRecord, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key)
}
