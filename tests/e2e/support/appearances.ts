import type { FrameDriver } from '../driver/types'

/**
 * Records, in the page, every element matching one of `selectors` that shows up from now on, with
 * its text: a toast lasts 5 s and a loading skeleton as long as the embed takes, so a test that
 * looked for them afterwards would depend on how fast the machine is. Reading the record does not.
 * Call again after a navigation (a new document starts with no recorder).
 */
export async function recordAppearances(page: FrameDriver, selectors: readonly string[]): Promise<void> {
  await page.evaluate((selectors) => {
    const seen: Record<string, string[]> = Object.fromEntries(selectors.map((selector) => [selector, []]))
    Object.assign(window, { __appearances: seen })
    const look = () => {
      for (const selector of selectors) {
        for (const element of document.querySelectorAll(selector)) {
          const text = (element.textContent ?? '').trim()
          if (!seen[selector]!.includes(text)) seen[selector]!.push(text)
        }
      }
    }
    look()
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true })
  }, selectors)
}

/** The texts of every element matching `selector` seen since {@link recordAppearances}. */
export function appearances(page: FrameDriver, selector: string): Promise<string[]> {
  return page.evaluate((selector) => (window as unknown as { __appearances?: Record<string, string[]> }).__appearances?.[selector] ?? [], selector)
}
