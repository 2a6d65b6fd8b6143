/**
 * Code that runs in the page under test (passed to `page.evaluate`, so each function is
 * self-contained). A sender frame from a third origin (the bench's `sender` page) posts the
 * forged messages; a counting no-op listener tells when the last one has arrived.
 */

/**
 * `tsx` compiles with esbuild's `keepNames`, which wraps named inner functions in `__name(…)`: a
 * helper that exists in Node, not in the page. Define it in the page before evaluating the code
 * below there (a string, so nothing rewrites it).
 */
export const DEFINE_NAME_HELPER = 'globalThis.__name ??= (fn) => fn'

/** What {@link startFloodInPage} needs. */
export interface FloodInPageArgs {
  senderUrl: string
  senderOrigin: string
  /** Forged messages to post. */
  count: number
  /**
   * Selector of an element whose hiding {@link FloodInPageRecord.goneAt} records (the panel), or `''`.
   * Hidden: out of the document or not rendered (`v-show`'s `display: none`): a closed panel that
   * keeps its form, or still listens for a late ticket, stays in the document.
   */
  watchHidden: string
}

/** Times in the page (`performance.now()`), read back with {@link readFloodRecord}. */
export interface FloodInPageRecord {
  received: number
  /** When the last forged message was delivered to the page's listeners. */
  deliveredAt: number | null
  /** When the watched element was hidden (left the document or stopped being rendered). */
  goneAt: number | null
  startedAt: number
  /** How many forged messages had arrived when a click reached the page (only with `watchHidden`). */
  receivedAtClick: number | null
}

/** Adds the sender frame once, then starts a flood of `count` well-formed v1 messages; returns at once. */
export async function startFloodInPage(args: FloodInPageArgs): Promise<void> {
  const page = window as unknown as { __floodSender?: Window; __flood?: FloodInPageRecord }
  if (!page.__floodSender) {
    page.__floodSender = await new Promise<Window>((resolve) => {
      const frame = document.createElement('iframe')
      frame.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;border:0'
      frame.src = args.senderUrl
      const onLoaded = (event: MessageEvent) => {
        if (event.origin !== args.senderOrigin || event.source !== frame.contentWindow || (event.data as { bench?: string })?.bench !== 'loaded') return
        removeEventListener('message', onLoaded)
        resolve(frame.contentWindow!)
      }
      addEventListener('message', onLoaded)
      document.body.append(frame)
    })
  }
  const record: FloodInPageRecord = { received: 0, deliveredAt: null, goneAt: null, startedAt: performance.now(), receivedAtClick: null }
  page.__flood = record
  const counter = (event: MessageEvent) => {
    if (event.origin !== args.senderOrigin) return
    record.received += 1
    if (record.received === args.count) {
      record.deliveredAt = performance.now()
      removeEventListener('message', counter)
    }
  }
  addEventListener('message', counter)
  if (args.watchHidden) {
    const observer = new MutationObserver(() => {
      const element = document.querySelector(args.watchHidden)
      if (element?.checkVisibility()) return
      record.goneAt = performance.now()
      observer.disconnect()
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] })
    // Capture phase, first of all listeners: when the click arrived, counted in messages.
    document.addEventListener('click', () => (record.receivedAtClick ??= record.received), { capture: true, once: true })
  }
  page.__floodSender.postMessage({ bench: 'flood', kinds: ['wrongOrigin'], count: args.count }, args.senderOrigin)
}

/** The record of the flood started last. */
export function readFloodRecord(): FloodInPageRecord | null {
  return (window as unknown as { __flood?: FloodInPageRecord }).__flood ?? null
}
