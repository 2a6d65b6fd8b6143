import type { EmbedToHostMessage, HostToEmbedMessage, ParseResult } from './messages'
import { embedSchemas } from './embedSchemas'
import { hostSchemas } from './hostSchemas'
import { field, readRecord } from './record'
import { applySchema, type Schema } from './schema'
import { PROTOCOL_VERSION } from './version'

/** The rebuilt message, or why `data` is dropped. */
function readMessage(schemas: Readonly<Record<string, Schema>>, data: unknown): Record<string, unknown> | string {
  const record = readRecord(data)
  if (typeof record === 'string') return record
  const type = field(record, 'type')
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(schemas, type)) return 'unknown-type'
  if (field(record, 'version') !== PROTOCOL_VERSION) return 'bad-field:version'
  return applySchema(type, schemas[type]!, record)
}

function parseWith<M>(schemas: Readonly<Record<string, Schema>>, data: unknown): ParseResult<M> {
  let result: Record<string, unknown> | string
  try {
    result = readMessage(schemas, data)
  } catch {
    // A revoked Proxy or a throwing trap: only reachable by direct calls, never by structured clone.
    result = 'unreadable'
  }
  return typeof result === 'string' ? { ok: false, reason: result } : { ok: true, message: result as M }
}

/** Parses a message the embed posted to the host. Never throws. */
export function parseEmbedMessage(data: unknown): ParseResult<EmbedToHostMessage> {
  return parseWith<EmbedToHostMessage>(embedSchemas, data)
}

/** Parses a message the host posted to the embed. Never throws. */
export function parseHostMessage(data: unknown): ParseResult<HostToEmbedMessage> {
  return parseWith<HostToEmbedMessage>(hostSchemas, data)
}
