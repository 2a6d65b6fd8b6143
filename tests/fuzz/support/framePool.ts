/**
 * Real, connected `<iframe>` elements, created once and reused by every run.
 *
 * jsdom builds a complete `Window` for each iframe that enters the document (about 27 ms each on the
 * CI machine), so rendering a fresh iframe per open or retry would make 1 000 runs take minutes. The
 * panel under test binds these frames through the same `iframe` ref a template would set, one frame
 * per `frameKey`, round-robin: a retried panel still gets a different window, and messages from the
 * window it had before are what a stale frame would send.
 */
export interface FramePool {
  /** The next frame to bind; never the one bound just before. */
  take: () => HTMLIFrameElement
  /** Every pooled frame, for spies. */
  frames: readonly HTMLIFrameElement[]
  /** A frame of the same page that no panel ever binds: "another frame of the same CRM origin". */
  spoof: HTMLIFrameElement
  dispose: () => void
}

function connectedFrame(title: string): HTMLIFrameElement {
  const frame = document.createElement('iframe')
  frame.title = title
  document.body.append(frame)
  return frame
}

export function createFramePool(size = 3): FramePool {
  const frames = Array.from({ length: size }, (_, index) => connectedFrame(`pooled frame ${index}`))
  const spoof = connectedFrame('spoof frame')
  let next = 0
  return {
    frames,
    spoof,
    take: () => frames[next++ % size]!,
    dispose: () => [...frames, spoof].forEach((frame) => frame.remove()),
  }
}
