/** One message a forged frame posts at its parent, with what it tries. */
export interface ForgedMessage {
  label: string
  data: unknown
}

/**
 * What an attacker's frame would post: well-formed messages that would create, ready, resize or
 * close the panel if the host trusted them, then malformed ones and a future protocol version.
 */
export const FORGED_MESSAGES: readonly ForgedMessage[] = [
  { label: 'TICKET_CREATED', data: { type: 'TICKET_CREATED', version: 1, ticketId: 'tk-forged-1', pipelineId: 'pl-support', isAutoAssociated: true } },
  { label: 'EMBED_READY', data: { type: 'EMBED_READY', version: 1 } },
  { label: 'EMBED_RESIZE', data: { type: 'EMBED_RESIZE', version: 1, height: 1900 } },
  { label: 'EMBED_CLOSE', data: { type: 'EMBED_CLOSE', version: 1, reason: 'forged' } },
  { label: 'malformed: id "../../admin"', data: { type: 'TICKET_CREATED', version: 1, ticketId: '../../admin' } },
  { label: 'malformed: a string', data: 'TICKET_CREATED' },
  { label: 'malformed: __proto__ key', data: JSON.parse('{"type":"EMBED_READY","version":1,"__proto__":{"polluted":true}}') as unknown },
  { label: 'version 2', data: { type: 'TICKET_CREATED', version: 2, ticketId: 'tk-forged-2' } },
]
