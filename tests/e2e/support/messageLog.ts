import type { Page } from 'playwright-core'

/** One line of the dev drawer's message log, as its `data-*` attributes say. */
export interface LogLine {
  direction: string
  type: string
  accepted: boolean
  reason: string
  origin: string
}

/** Every line of the message log, newest first. */
export async function readMessageLog(page: Page): Promise<LogLine[]> {
  return page.getByTestId('message-log-entry').evaluateAll((entries) =>
    entries.map((entry) => ({
      direction: entry.getAttribute('data-direction') ?? '',
      type: entry.getAttribute('data-type') ?? '',
      accepted: entry.getAttribute('data-accepted') === 'true',
      reason: entry.getAttribute('data-reason') ?? '',
      origin: entry.getAttribute('data-origin') ?? '',
    })),
  )
}

/** A counter of the log: `accepted`, `rejected` or `sent`. */
export async function logCount(page: Page, counter: 'accepted' | 'rejected' | 'sent'): Promise<number> {
  return Number(await page.getByTestId(`message-log-${counter}`).getAttribute('data-count'))
}

/** Waits until the log's `rejected` counter reaches `count`. */
export async function waitForRejected(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (wanted) => Number(document.querySelector('[data-testid="message-log-rejected"]')?.getAttribute('data-count')) >= wanted,
    count,
  )
}
