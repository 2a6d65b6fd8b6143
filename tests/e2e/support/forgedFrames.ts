import { FORGED_MESSAGES } from '../../../demo/spoof/forgedMessages'
import { byTestId, waitForSelector } from '../driver/dom'
import type { PageDriver } from '../driver/types'
import { logCount, waitForRejected } from './messageLog'

/** The dev drawer's two forged frames (`demo/host/drawer/SpoofControls.vue`). */
export type SpoofKind = 'third-origin' | 'embed-origin'

/**
 * Loads a forged frame from the drawer and waits until it has posted everything and the host's
 * message log shows every one of its messages rejected. Waiting for the log matters for the next
 * click: while the log is under its 320 px limit, its new lines push the Spoof buttons down a
 * flush later than the frame's report (`LOG_FLUSH_MS`).
 *
 * @param timeout for the frame's page to load and report (a cold server transforms it first).
 */
export async function forge(page: PageDriver, kind: SpoofKind, options: { timeout?: number } = {}): Promise<void> {
  const rejected = await logCount(page, 'rejected')
  await page.click(byTestId(`spoof-${kind}`))
  await waitForSelector(page.frame(`iframe[data-kind="${kind}"]`), `#report[data-count="${FORGED_MESSAGES.length}"]`, { state: 'attached', ...options })
  await waitForRejected(page, rejected + FORGED_MESSAGES.length)
}
