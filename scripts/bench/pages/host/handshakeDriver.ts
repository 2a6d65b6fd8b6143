import { connect, WindowMessenger } from 'penpal'
import { buildEmbedInit } from '../../../../protocol/buildEmbedInit'
import { BENCH_CUSTOMER } from '../shared/benchCustomer'
import { benchMessage, HANDSHAKE_CASES, type HandshakeCase } from '../shared/benchMessages'
import { createResultWaiter } from './resultWaiter'

/** Back to back; after a 20 ms pause; in a frame loaded for this one handshake. */
export type HandshakeSetting = 'warm' | 'idle' | 'fresh'

export type HandshakeSamples = Record<HandshakeCase, number[]>

const IDLE_PAUSE_MS = 20

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * A seeded shuffle per repetition: a rotation would let one case follow penpal (which slows what
 * runs right after it) more often than another; a shuffle spreads that evenly, and the seed keeps
 * runs comparable.
 */
function createOrder(seed: number) {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  return () => {
    const order = [...HANDSHAKE_CASES]
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    return order
  }
}

/** The host's side of penpal: it exposes the context; the embed connects and calls for it. */
function openPenpal(remoteWindow: Window, embedOrigin: string, channel: string) {
  const connection = connect({
    messenger: new WindowMessenger({ remoteWindow, allowedOrigins: [embedOrigin] }),
    methods: { getContext: () => buildEmbedInit(BENCH_CUSTOMER) },
    channel,
  })
  // Destroying a connection never settles its promise; nothing waits on it here.
  connection.promise.catch(() => undefined)
  return connection
}

/**
 * Drives the three handshakes from the host page. Call it before the panel mounts: its `ping`
 * answer listens in the capture phase, so the raw floor is answered before any other listener runs.
 */
export function installHandshakeDriver(embedOrigin: string, panelFrame: () => HTMLIFrameElement | null) {
  addEventListener(
    'message',
    (event) => {
      if (event.origin === embedOrigin && benchMessage(event.data, 'ping')) {
        ;(event.source as WindowProxy).postMessage({ bench: 'pong' }, embedOrigin)
      }
    },
    { capture: true },
  )
  const results = createResultWaiter(embedOrigin)
  let nextId = 0

  async function once(kind: HandshakeCase, setting: HandshakeSetting): Promise<number> {
    const frame = panelFrame()
    const frameWindow = frame?.contentWindow
    if (!frame || !frameWindow) throw new Error('the panel frame is not mounted')
    const id = (nextId += 1)
    const channel = `bench-${id}`
    const penpal = kind === 'penpal' ? openPenpal(frameWindow, embedOrigin, channel) : null
    const measured = results.result(id, `${setting} ${kind}`)
    if (setting === 'fresh') {
      const query = new URLSearchParams({ host: location.origin, id: String(id), channel })
      frame.src = `${embedOrigin}/embed/fresh-${kind}.html?${query}`
    } else {
      frameWindow.postMessage({ bench: 'run', case: kind, id, channel }, embedOrigin)
    }
    try {
      return await measured
    } finally {
      penpal?.destroy()
    }
  }

  return {
    /** `warmup` + `reps` repetitions of every case, interleaved; the warm-up ones are left out. */
    async run(setting: HandshakeSetting, warmup: number, reps: number): Promise<HandshakeSamples> {
      const samples: HandshakeSamples = { raw: [], ours: [], penpal: [] }
      const nextOrder = createOrder(42)
      for (let rep = 0; rep < warmup + reps; rep += 1) {
        for (const kind of nextOrder()) {
          if (setting === 'idle') await sleep(IDLE_PAUSE_MS)
          const ms = await once(kind, setting)
          if (rep >= warmup) samples[kind].push(ms)
        }
      }
      return samples
    },

    /**
     * The host's share of our handshake: how long the page's `message` listeners (the panel's, in
     * effect) run for one `EMBED_READY`, from parsing it to posting `EMBED_INIT`. Bracketed by a
     * first and a last listener, in a pass of its own so the main figures carry no extra listener.
     */
    async hostListenerTime(warmup: number, reps: number): Promise<number[]> {
      const spans: number[] = []
      let start = 0
      const first = () => {
        start = performance.now()
      }
      const last = (event: MessageEvent) => {
        if ((event.data as { type?: unknown } | null)?.type === 'EMBED_READY') spans.push(performance.now() - start)
      }
      addEventListener('message', first, { capture: true })
      addEventListener('message', last)
      try {
        for (let rep = 0; rep < warmup + reps; rep += 1) await once('ours', 'warm')
      } finally {
        removeEventListener('message', first, { capture: true })
        removeEventListener('message', last)
      }
      return spans.slice(warmup)
    },
  }
}

export type HandshakeDriver = ReturnType<typeof installHandshakeDriver>
