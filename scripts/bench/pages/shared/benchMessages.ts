/**
 * Messages the bench pages use to drive each other. They are not part of the ticket-embed
 * contract: they carry `bench` instead of `type`, so the real listeners drop them as `unknown-type`.
 */

/** The three handshakes compared. */
export type HandshakeCase = 'raw' | 'ours' | 'penpal'

export const HANDSHAKE_CASES: readonly HandshakeCase[] = ['raw', 'ours', 'penpal']

/** The four kinds of forged message of the flood. */
export type FloodKind = 'wrongOrigin' | 'otherFrame' | 'malformed' | 'version2'

export type BenchMessage =
  /** Host → embed: run one handshake of `case` now and answer with a `result`. */
  | { bench: 'run'; case: HandshakeCase; id: number; channel: string }
  /** Embed → host: how long one handshake took, measured in the embed. */
  | { bench: 'result'; id: number; ms: number }
  /** Embed → host and back: the raw round trip. */
  | { bench: 'ping' }
  | { bench: 'pong' }
  /** Host → a sender frame: post `count` forged messages of each kind to the host. */
  | { bench: 'flood'; kinds: FloodKind[]; count: number }
  /** A sender frame → host: it is loaded and listens. */
  | { bench: 'loaded' }

/** `data` as a bench message named `name`, or `null`. */
export function benchMessage<N extends BenchMessage['bench']>(data: unknown, name: N): Extract<BenchMessage, { bench: N }> | null {
  return typeof data === 'object' && data !== null && (data as { bench?: unknown }).bench === name
    ? (data as Extract<BenchMessage, { bench: N }>)
    : null
}
