import type { FrameDriver } from './types'
import { waitForFunction, type WaitOptions } from './waitFor'

/** What {@link waitForSelector} waits for: in the DOM, on screen, off screen (or absent), or gone. */
export type ElementState = 'attached' | 'visible' | 'hidden' | 'detached'

/** Narrows a selector to elements whose text contains `hasText`. */
export interface TextFilter {
  hasText?: string
}

/** A CSS selector for `data-testid="id"`. */
export const byTestId = (id: string) => `[data-testid="${id}"]`

// The functions passed to `evaluate` below run in the page: everything they use comes in `arg`.

/**
 * Waits until an element matching `selector` (and `hasText`) is in `state` in `frame`. Visible
 * means rendered with a size and not `visibility: hidden`, as Playwright defines it.
 */
export async function waitForSelector(frame: FrameDriver, selector: string, options: WaitOptions & TextFilter & { state?: ElementState } = {}): Promise<void> {
  const state = options.state ?? 'visible'
  const text = options.hasText === undefined ? '' : ` with text "${options.hasText}"`
  await waitForFunction(
    frame,
    `${selector}${text} to be ${state}`,
    ({ selector, hasText, state }) => {
      const all = [...document.querySelectorAll(selector)]
      const found = hasText === undefined ? all : all.filter((element) => (element.textContent ?? '').includes(hasText))
      const visible = (element: Element) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
      }
      if (state === 'attached') return found.length > 0
      if (state === 'detached') return found.length === 0
      if (state === 'visible') return found.some(visible)
      return !found.some(visible)
    },
    { selector, hasText: options.hasText, state },
    options,
  )
}

/** How many elements match `selector` (and `hasText`) now. */
export function count(frame: FrameDriver, selector: string, filter: TextFilter = {}): Promise<number> {
  return frame.evaluate((arg) => {
    const all = [...document.querySelectorAll(arg.selector)]
    return (arg.hasText === undefined ? all : all.filter((element) => (element.textContent ?? '').includes(arg.hasText!))).length
  }, { selector, hasText: filter.hasText })
}

/** True when an element matching `selector` is rendered with a size now. */
export function isVisible(frame: FrameDriver, selector: string): Promise<boolean> {
  return frame.evaluate((selector) => {
    return [...document.querySelectorAll(selector)].some((element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden'
    })
  }, selector)
}

/** `textContent` of the first match (`innerText` with `rendered`), or `null` when nothing matches. */
export function textOf(frame: FrameDriver, selector: string, options: TextFilter & { rendered?: boolean } = {}): Promise<string | null> {
  return frame.evaluate((arg) => {
    const all = [...document.querySelectorAll(arg.selector)]
    const element = (arg.hasText === undefined ? all : all.filter((e) => (e.textContent ?? '').includes(arg.hasText!)))[0]
    if (!element) return null
    return arg.rendered ? (element as HTMLElement).innerText : element.textContent
  }, { selector, hasText: options.hasText, rendered: options.rendered ?? false })
}

/** An attribute of the first match, or `null` when nothing matches or it has none. */
export function attributeOf(frame: FrameDriver, selector: string, name: string, filter: TextFilter = {}): Promise<string | null> {
  return frame.evaluate((arg) => {
    const all = [...document.querySelectorAll(arg.selector)]
    const element = (arg.hasText === undefined ? all : all.filter((e) => (e.textContent ?? '').includes(arg.hasText!)))[0]
    return element?.getAttribute(arg.name) ?? null
  }, { selector, name, hasText: filter.hasText })
}

/** An attribute of every match, in document order (`''` where it is missing). */
export function attributesOf(frame: FrameDriver, selector: string, name: string): Promise<string[]> {
  return frame.evaluate((arg) => [...document.querySelectorAll(arg.selector)].map((element) => element.getAttribute(arg.name) ?? ''), { selector, name })
}

/** The `value` of an `<input>`, `<textarea>` or `<select>`. */
export function valueOf(frame: FrameDriver, selector: string): Promise<string | null> {
  return frame.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement | null)?.value ?? null, selector)
}

/** Scrolls the first match (or, with `closest`, its nearest ancestor matching it) to the top of its scroller. */
export async function scrollToTop(frame: FrameDriver, selector: string, closest?: string): Promise<void> {
  await frame.evaluate((arg) => {
    const element = document.querySelector(arg.selector)
    ;(arg.closest ? element?.closest(arg.closest) : element)?.scrollIntoView({ block: 'start' })
  }, { selector, closest })
}

/** Waits for two animation frames: whatever the last event changed has been rendered by then. */
export async function settle(frame: FrameDriver): Promise<void> {
  await frame.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))))
}
