import { expect } from 'vitest'
import type { HostPage } from './hostPage'

/** The panel's default bounds for the iframe (DESIGN §2: `minHeight` 240, `maxHeight` 2000). */
export const FRAME_HEIGHT_BOUNDS = { min: 240, max: 2000 } as const

/** The form's own height, as its ResizeObserver measures it (`documentElement`). */
export async function formContentHeight(host: HostPage): Promise<number> {
  const frame = await host.embedFrame()
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
}

/**
 * Waits until the iframe is exactly as tall as the form inside it, clamped to the bounds, and
 * returns that height. EMBED_RESIZE is throttled (100 ms), so the last change arrives a little late.
 */
export async function waitForFrameToFitForm(host: HostPage): Promise<number> {
  const fits = async () => {
    const content = await formContentHeight(host)
    return (await host.frameHeight()) === Math.min(FRAME_HEIGHT_BOUNDS.max, Math.max(FRAME_HEIGHT_BOUNDS.min, content))
  }
  await expect.poll(fits, { timeout: 10_000 }).toBe(true)
  return host.frameHeight()
}
