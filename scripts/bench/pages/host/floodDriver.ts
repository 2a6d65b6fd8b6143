import { benchMessage, type FloodKind } from '../shared/benchMessages'

/** `noop`: the panel closed, a counting no-op listener alone. `ours`: the panel ready, its listener too. */
export type FloodTarget = 'noop' | 'ours'

export interface FloodRun {
  messages: number
  /** From the first command to the last message counted, in the host. */
  wallMs: number
  /** Long tasks (≥ 50 ms) the host saw while the flood lasted, and the longest of them. */
  longTasks: number
  longestTaskMs: number | null
}

interface Senders {
  spoof: Window
  sibling: Window
}

/** Adds a 1×1 frame and resolves once its page says it listens. */
function addSender(url: string, origin: string): Promise<Window> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe')
    frame.width = '1'
    frame.height = '1'
    frame.src = url
    const onLoaded = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== frame.contentWindow || !benchMessage(event.data, 'loaded')) return
      removeEventListener('message', onLoaded)
      resolve(frame.contentWindow!)
    }
    addEventListener('message', onLoaded)
    document.body.append(frame)
  })
}

/**
 * Floods the host with forged messages of four kinds, a quarter each: from a third origin; from
 * another frame of the embed's origin; malformed and version 2 from the panel's own frame (or,
 * while the panel is closed, from that other frame).
 */
export function createFloodDriver(embedOrigin: string, spoofOrigin: string, panelWindow: () => Window | null) {
  let senders: Senders | null = null

  return {
    async mountSenders() {
      const query = `?host=${encodeURIComponent(location.origin)}`
      const [spoof, sibling] = await Promise.all([
        addSender(`${spoofOrigin}/sender/index.html${query}`, spoofOrigin),
        addSender(`${embedOrigin}/sender/index.html${query}`, embedOrigin),
      ])
      senders = { spoof, sibling }
    },

    async run(target: FloodTarget, perKind: number): Promise<FloodRun> {
      if (!senders) throw new Error('mountSenders() first')
      const panel = target === 'ours' ? panelWindow() : null
      if (target === 'ours' && !panel) throw new Error('the panel frame is not mounted')
      const total = perKind * 4
      let count = 0
      let finish = () => {}
      const finished = new Promise<void>((resolve) => (finish = resolve))
      // The no-op listener of the comparison; it also tells when the last message has arrived.
      const counter = () => {
        count += 1
        if (count === total) finish()
      }
      let longTasks = 0
      let longestTaskMs: number | null = null
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          longTasks += 1
          longestTaskMs = Math.max(longestTaskMs ?? 0, entry.duration)
        }
      })
      observer.observe({ type: 'longtask' })
      addEventListener('message', counter)

      const flood = (to: Window, origin: string, kinds: FloodKind[]) => to.postMessage({ bench: 'flood', kinds, count: perKind }, origin)
      const start = performance.now()
      flood(senders.spoof, spoofOrigin, ['wrongOrigin'])
      if (panel) {
        flood(senders.sibling, embedOrigin, ['otherFrame'])
        flood(panel, embedOrigin, ['malformed', 'version2'])
      } else {
        flood(senders.sibling, embedOrigin, ['otherFrame', 'malformed', 'version2'])
      }
      await finished
      const wallMs = performance.now() - start
      // A long task is reported once it has ended: give the observer a turn to hear of the last one.
      await new Promise((resolve) => setTimeout(resolve, 100))
      observer.disconnect()
      removeEventListener('message', counter)
      return { messages: total, wallMs, longTasks, longestTaskMs }
    },
  }
}

export type FloodDriver = ReturnType<typeof createFloodDriver>
