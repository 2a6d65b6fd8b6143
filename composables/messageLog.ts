/** One message in or out of the panel, for the dev drawer's log and for debugging an integration. */
export interface EmbedMessageLogEntry {
  direction: 'in' | 'out'
  /** `Date.now()` when it was seen. */
  at: number
  /** Where it came from (in) or the exact target origin it was sent to (out). */
  origin: string
  /** `data.type` when it is a string, else `null`. */
  type: string | null
  accepted: boolean
  /** Why it was dropped: `origin-mismatch`, `not-own-frame` or a parser reason such as `bad-field:ticketId`. */
  reason?: string
  data: unknown
}

/** `data.type` without trusting `data`: a getter or a Proxy must not throw here. */
export function typeOfData(data: unknown): string | null {
  try {
    const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined
    return typeof type === 'string' ? type.slice(0, 64) : null
  } catch {
    return null
  }
}
