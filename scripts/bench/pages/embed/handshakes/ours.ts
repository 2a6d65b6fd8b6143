import { createEmbedChild } from '../../../../../child/createEmbedChild'
import { now } from '../../shared/pageParams'

/**
 * Ours: the real SDK posts `EMBED_READY`; the host's real composable and machine answer with
 * `EMBED_INIT`. Resolves with the milliseconds from `start` to the SDK accepting `EMBED_INIT`.
 */
export function oursHandshake(host: string, start = now()): Promise<number> {
  return new Promise((resolve) => {
    const child = createEmbedChild({
      allowedParentOrigins: [host],
      onInit: () => {
        const end = now()
        child.destroy()
        resolve(end - start)
      },
    })
  })
}
