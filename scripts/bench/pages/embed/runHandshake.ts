import type { HandshakeCase } from '../shared/benchMessages'
import { oursHandshake } from './handshakes/ours'
import { penpalHandshake } from './handshakes/penpal'
import { rawHandshake } from './handshakes/raw'

/** Runs one handshake of `kind` in this (already loaded) frame; resolves with its milliseconds. */
export function runHandshake(kind: HandshakeCase, host: string, channel: string): Promise<number> {
  switch (kind) {
    case 'raw':
      return rawHandshake(host)
    case 'ours':
      return oursHandshake(host)
    case 'penpal':
      return penpalHandshake(host, channel)
  }
}
