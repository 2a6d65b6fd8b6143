import type { CdpPipe } from './cdpPipe'

/** What `Network.emulateNetworkConditions` applies to each target. */
export interface NetworkConditions {
  /** Added to every request before its response headers arrive (ms). */
  latencyMs: number
  downloadMbitPerS: number
  uploadMbitPerS: number
}

/** The link of the issue: 150 ms round trip, 10 Mbit/s down, 5 Mbit/s up. */
export const BENCH_NETWORK: NetworkConditions = { latencyMs: 150, downloadMbitPerS: 10, uploadMbitPerS: 5 }

/** Targets the conditions were applied to, by type (`page`, `iframe`), counted as they attach. */
export type ThrottledTargets = Record<string, number>

interface AttachedToTarget {
  sessionId: string
  targetInfo: { type: string; url: string }
  waitingForDebugger: boolean
}

const THROTTLED_TYPES = new Set(['page', 'iframe'])

/**
 * Slows every page and every out-of-process iframe of the browser to `conditions`. Under site
 * isolation a cross-site frame is a target of its own, which the page's conditions do not cover:
 * each target is auto-attached paused (`waitForDebuggerOnStart`), given the conditions, told to
 * auto-attach its own children the same way, and only then resumed, so no request of it leaves
 * unthrottled. Returns the count of targets throttled so far (a live object).
 */
export async function throttleEveryTarget(cdp: CdpPipe, conditions: NetworkConditions): Promise<ThrottledTargets> {
  const throttled: ThrottledTargets = {}
  const emulation = {
    offline: false,
    latency: conditions.latencyMs,
    downloadThroughput: (conditions.downloadMbitPerS * 1e6) / 8,
    uploadThroughput: (conditions.uploadMbitPerS * 1e6) / 8,
  }
  const autoAttach = { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }
  const onAttached = async ({ sessionId, targetInfo, waitingForDebugger }: AttachedToTarget) => {
    try {
      if (THROTTLED_TYPES.has(targetInfo.type)) {
        await cdp.send('Network.enable', {}, sessionId)
        await cdp.send('Network.emulateNetworkConditions', emulation, sessionId)
        await cdp.send('Target.setAutoAttach', autoAttach, sessionId)
        throttled[targetInfo.type] = (throttled[targetInfo.type] ?? 0) + 1
      }
    } finally {
      if (waitingForDebugger) await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(() => undefined)
    }
  }
  cdp.onEvent((event) => {
    if (event.method === 'Target.attachedToTarget') {
      // A target that closes while being set up is no failure of the bench: its page is gone.
      void onAttached(event.params as unknown as AttachedToTarget).catch(() => undefined)
    }
  })
  await cdp.send('Target.setAutoAttach', autoAttach)
  return throttled
}
