/** Handle returned by {@link observeHeight}. */
export interface HeightObserver {
  /** Measures now and sends when allowed; called on `EMBED_INIT`, which no resize would announce. */
  update(): void
  /** Disconnects the observer and clears the pending timer. */
  stop(): void
}

/**
 * Watches `element` and calls `send` with its height, bounded to `(0, maxHeight]`, only when it
 * changed (a height of 0, a frame not shown yet, is never sent), and at most once per `minIntervalMs`: the first change goes out at once, later ones wait
 * for the interval and the latest height wins. `send` returns `false` while the host is unknown, in
 * which case nothing counts as sent. Without `ResizeObserver` it only answers `update()`.
 */
export function observeHeight(
  win: Window,
  element: Element,
  minIntervalMs: number,
  maxHeight: number,
  send: (height: number) => boolean,
): HeightObserver {
  let sent = -1
  let timer: ReturnType<typeof setTimeout> | 0 = 0
  const measure = () => Math.min(maxHeight, Math.max(0, Math.ceil(element.getBoundingClientRect().height)))
  const flush = () => {
    timer = 0
    const height = measure()
    // 0 is a frame the host has not shown yet (`display: none` while it loads), not a form height.
    if (height > 0 && height !== sent && send(height)) {
      sent = height
      // The cool-down: changes seen meanwhile are sent when it ends.
      timer = setTimeout(flush, minIntervalMs)
    }
  }
  const update = () => {
    if (!timer) flush()
  }
  const Observer = (win as Window & typeof globalThis).ResizeObserver
  const observer = Observer && new Observer(update)
  observer?.observe(element)
  return {
    update,
    stop() {
      observer?.disconnect()
      clearTimeout(timer)
      timer = 0
    },
  }
}
