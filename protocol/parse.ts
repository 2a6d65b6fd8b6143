import type { EmbedToHostMessage, HostToEmbedMessage, ParseResult } from './messages'
import { embedSchemas } from './embedSchemas'
import { hostSchemas } from './hostSchemas'
import { field, readRecord } from './record'
import { applySchema, type Schema } from './schema'
import { PROTOCOL_VERSION } from './version'

function parseWith<M>(schemas: Readonly<Record<string, Schema>>, data: unknown): ParseResult<M> {
  try {
    const record = readRecord(data)
    if (typeof record === 'string') return { ok: false, reason: record }
    const type = field(record, 'type')
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(schemas, type)) {
      return { ok: false, reason: 'unknown-type' }
    }
    if (field(record, 'version') !== PROTOCOL_VERSION) return { ok: false, reason: 'bad-field:version' }
    const message = applySchema(type, schemas[type]!, record)
    return typeof message === 'string' ? { ok: false, reason: message } : { ok: true, message: message as M }
  } catch {
    // A revoked Proxy or a throwing trap: only reachable by direct calls, never by structured clone.
    return { ok: false, reason: 'unreadable' }
  }
}

/** Parses a message the embed posted to the host. Never throws. */
export function parseEmbedMessage(data: unknown): ParseResult<EmbedToHostMessage> {
  return parseWith<EmbedToHostMessage>(embedSchemas, data)
}

/** Parses a message the host posted to the embed. Never throws. */
export function parseHostMessage(data: unknown): ParseResult<HostToEmbedMessage> {
  return parseWith<HostToEmbedMessage>(hostSchemas, data)
}
