import { connect, WindowMessenger } from 'penpal'
import type { EmbedInitMessage } from '../../../../../protocol/messages'
import { now } from '../../shared/pageParams'

/** What the bench host exposes over penpal: the same context `EMBED_INIT` carries. */
export type PenpalHostMethods = {
  getContext(): EmbedInitMessage
}

/**
 * Penpal 7: `connect` over a `WindowMessenger`, then one call that returns the context. A fresh
 * `channel` per handshake keeps it apart from the ones before. Resolves with the milliseconds from
 * `start` to the context arriving.
 */
export async function penpalHandshake(host: string, channel: string, start = now()): Promise<number> {
  const connection = connect<PenpalHostMethods>({
    messenger: new WindowMessenger({ remoteWindow: parent, allowedOrigins: [host] }),
    channel,
  })
  const remote = await connection.promise
  await remote.getContext()
  const end = now()
  connection.destroy()
  return end - start
}
