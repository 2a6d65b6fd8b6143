import { benchMessage } from '../../shared/benchMessages'
import { now } from '../../shared/pageParams'

/**
 * The floor: one `postMessage` to the host and its answer, with the origin and source checks any
 * listener needs. Resolves with the milliseconds from `start`.
 */
export function rawHandshake(host: string, start = now()): Promise<number> {
  return new Promise((resolve) => {
    const onPong = (event: MessageEvent) => {
      if (event.origin !== host || event.source !== parent || !benchMessage(event.data, 'pong')) return
      const end = now()
      removeEventListener('message', onPong)
      resolve(end - start)
    }
    addEventListener('message', onPong)
    parent.postMessage({ bench: 'ping' }, host)
  })
}
