import { createEmbedChild } from '../../../../child/createEmbedChild'
import { benchMessage } from '../shared/benchMessages'
import { now } from '../shared/pageParams'

/** Medians (ms) of the three phases of a handshake as the embed sees them. */
export interface HandshakePhases {
  /** From the start to the post being queued: the SDK's set-up and checks (ours), or nothing (raw). */
  send: number
  /** From then to the answer's event starting in the embed: both IPC hops and all of the host's work. */
  transit: number
  /** From the answer's event to the handshake being done: the SDK's parser and `onInit` (ours). */
  receive: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? Number.NaN

/**
 * Splits `reps` raw and ours handshakes (alternating, after a tenth as warm-up) into their phases,
 * to show where the difference between them is spent. A capture listener stamps each answer's arrival.
 */
export async function measurePhases(host: string, reps: number): Promise<Record<'raw' | 'ours', HandshakePhases>> {
  let arrived = 0
  const stamp = () => {
    arrived = now()
  }
  addEventListener('message', stamp, { capture: true })
  const spans = { raw: [] as number[][], ours: [] as number[][] }

  const raw = () =>
    new Promise<number[]>((resolve) => {
      const start = now()
      const onPong = (event: MessageEvent) => {
        if (event.origin !== host || !benchMessage(event.data, 'pong')) return
        const end = now()
        removeEventListener('message', onPong)
        resolve([posted - start, arrived - posted, end - arrived])
      }
      addEventListener('message', onPong)
      parent.postMessage({ bench: 'ping' }, host)
      const posted = now()
    })

  const ours = () =>
    new Promise<number[]>((resolve) => {
      const start = now()
      let posted = 0
      const child = createEmbedChild({
        allowedParentOrigins: [host],
        onInit: () => {
          const end = now()
          child.destroy()
          resolve([posted - start, arrived - posted, end - arrived])
        },
      })
      posted = now()
    })

  const warmup = Math.ceil(reps / 10)
  try {
    for (let i = 0; i < warmup + reps; i += 1) {
      for (const kind of i % 2 ? (['raw', 'ours'] as const) : (['ours', 'raw'] as const)) {
        const phases = kind === 'raw' ? await raw() : await ours()
        if (i >= warmup) spans[kind].push(phases)
      }
    }
  } finally {
    removeEventListener('message', stamp, { capture: true })
  }
  const summary = (rows: number[][]): HandshakePhases => ({
    send: median(rows.map((row) => row[0]!)),
    transit: median(rows.map((row) => row[1]!)),
    receive: median(rows.map((row) => row[2]!)),
  })
  return { raw: summary(spans.raw), ours: summary(spans.ours) }
}
