import type { FrameDriver } from './types'

/** How many times a click that never reached its element is made again before the action fails. */
export const CLICK_ATTEMPTS = 4

interface ClickReceipts {
  [token: string]: { received: boolean; listener: (event: Event) => void }
}

// Both run in the page (sent as source text): they use nothing but their argument.

/** Starts listening for a `click` whose target is inside an element matching `selector`. */
function armReceipt(selector: string): string {
  const receipts = ((window as unknown as { __clickReceipts?: ClickReceipts }).__clickReceipts ??= {})
  const token = `${Date.now()}-${Math.random().toString(36).slice(2)}`
  const receipt = {
    received: false,
    listener: (event: Event) => {
      if (event.target instanceof Element && event.target.closest(selector)) receipt.received = true
    },
  }
  receipts[token] = receipt
  addEventListener('click', receipt.listener, true)
  return token
}

/**
 * Stops listening and says whether the click arrived. `true` too when the document is not the one
 * armed (the click navigated) or no element matches any more (the click removed it, as a menu item
 * closing its menu does): retrying could only act twice.
 */
function takeReceipt(arg: { token: string; selector: string }): boolean {
  const receipt = (window as unknown as { __clickReceipts?: ClickReceipts }).__clickReceipts?.[arg.token]
  if (!receipt) return true
  removeEventListener('click', receipt.listener, true)
  delete (window as unknown as { __clickReceipts: ClickReceipts }).__clickReceipts[arg.token]
  return receipt.received || document.querySelector(arg.selector) === null
}

/**
 * Makes a frame's `click` sure to reach its element. Playwright and Puppeteer check that the
 * element is still and is the one hit before they press, and WebKit's driver does the same
 * (`clickable.ts`), but the press and the release are two messages to the browser: a layout shift
 * in between (a log above it growing as messages arrive) moves the element away from the pointer,
 * the release lands elsewhere, the `click` goes to a common ancestor, and the driver still reports
 * success. Here the page listens for the `click` itself, and one that did not arrive on the element
 * is made again (the engine's own wait for a still element comes first each time).
 *
 * @param stillThere for an iframe's document: whether its iframe is still in the parent. A click
 *   that closes the panel removes the form's iframe, and the engines would wait for it to come back.
 */
export function withReceivedClicks(frame: FrameDriver, stillThere: () => Promise<boolean> = async () => true): FrameDriver {
  const click = async (selector: string) => {
    for (let attempt = 1; ; attempt++) {
      // Armed before the engine's click (which waits for the element): a receipt can only be
      // missed, never invented.
      const token = await frame.evaluate(armReceipt, selector)
      await frame.click(selector)
      // A document gone since (navigation, iframe removed) counts as arrived.
      const received = !(await stillThere()) || (await frame.evaluate(takeReceipt, { token, selector }).catch(() => true))
      if (received) return
      if (attempt === CLICK_ATTEMPTS) {
        throw new Error(`${CLICK_ATTEMPTS} clicks on ${selector} never reached it: the page moves it between press and release, or covers it`)
      }
    }
  }
  return {
    ...frame,
    click,
    frame: (iframeSelector) =>
      withReceivedClicks(
        frame.frame(iframeSelector),
        async () => (await stillThere()) && frame.evaluate((selector) => document.querySelector(selector) !== null, iframeSelector),
      ),
  }
}
