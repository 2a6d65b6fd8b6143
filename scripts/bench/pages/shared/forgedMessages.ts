import type { FloodKind } from './benchMessages'

/** Valid v1 messages that would change the panel if they were trusted. */
const WELL_FORMED: readonly unknown[] = [
  { type: 'TICKET_CREATED', version: 1, ticketId: 'FORGED-1', isAutoAssociated: false },
  { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'FORGED' },
  { type: 'EMBED_CLOSE', version: 1 },
  { type: 'EMBED_RESIZE', version: 1, height: 1999 },
]

/** Broken in every way the parser checks, cheapest to most expensive. */
const MALFORMED: readonly unknown[] = [
  'TICKET_CREATED',
  null,
  [{ type: 'EMBED_CLOSE', version: 1 }],
  { type: 'TICKET_DELETED', version: 1 },
  JSON.parse('{"__proto__":{"isAdmin":true},"type":"EMBED_CLOSE","version":1}'),
  { type: 'TICKET_CREATED', version: 1, ticketId: '../admin' },
  { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'E', errorMessage: '<img src=x onerror=alert(1)>' },
  { type: 'EMBED_RESIZE', version: 1, height: 'NaN' },
]

const VERSION_2: readonly unknown[] = WELL_FORMED.map((message) => ({ ...(message as object), version: 2 }))

/** The `i`-th forged message of `kind`; each kind cycles through its variants. */
export function forgedMessage(kind: FloodKind, i: number): unknown {
  const variants = kind === 'malformed' ? MALFORMED : kind === 'version2' ? VERSION_2 : WELL_FORMED
  return variants[i % variants.length]
}
