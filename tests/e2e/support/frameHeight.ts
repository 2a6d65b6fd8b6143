import type { HostPage } from './hostPage'
import { waitUntil } from '../driver/waitFor'

/** The panel's default bounds for the iframe (DESIGN §2: `minHeight` 240, `maxHeight` 2000). */
export const FRAME_HEIGHT_BOUNDS = { min: 240, max: 2000 } as const

/** The form's own height, as its ResizeObserver measures it (`documentElement`). */
export function formContentHeight(host: HostPage): Promise<number> {
  return host.form.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
}

/**
 * Waits until the iframe is exactly as tall as the form inside it, clamped to the bounds, and
 * returns that height. EMBED_RESIZE is throttled (100 ms), so the last change arrives a little
 * late. Measured, never hard-coded: font metrics make the form a few pixels taller or shorter in
 * each engine.
 */
export async function waitForFrameToFitForm(host: HostPage): Promise<number> {
  return waitUntil('the iframe to fit the form', async () => {
    const content = await formContentHeight(host)
    const height = await host.frameHeight()
    return height === Math.min(FRAME_HEIGHT_BOUNDS.max, Math.max(FRAME_HEIGHT_BOUNDS.min, content)) ? height : false
  })
}
