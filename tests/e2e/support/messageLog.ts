import type { FrameDriver } from '../driver/types'
import { waitForFunction } from '../driver/waitFor'

/** One line of the dev drawer's message log, as its `data-*` attributes say. */
export interface LogLine {
  direction: string
  type: string
  accepted: boolean
  reason: string
  origin: string
}

/** Every line of the message log, newest first. */
export function readMessageLog(page: FrameDriver): Promise<LogLine[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="message-log-entry"]')].map((entry) => ({
      direction: entry.getAttribute('data-direction') ?? '',
      type: entry.getAttribute('data-type') ?? '',
      accepted: entry.getAttribute('data-accepted') === 'true',
      reason: entry.getAttribute('data-reason') ?? '',
      origin: entry.getAttribute('data-origin') ?? '',
    })),
  )
}

/** A counter of the log: `accepted`, `rejected` or `sent`. */
export async function logCount(page: FrameDriver, counter: 'accepted' | 'rejected' | 'sent'): Promise<number> {
  return page.evaluate((id) => Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-count')), `message-log-${counter}`)
}

/** Waits until the log's `rejected` counter reaches `count`. */
export async function waitForRejected(page: FrameDriver, count: number): Promise<void> {
  await waitForFunction(
    page,
    `${count} rejected messages in the log`,
    (wanted) => Number(document.querySelector('[data-testid="message-log-rejected"]')?.getAttribute('data-count')) >= wanted,
    count,
  )
}

/** Selector of the log's lines, narrowed by their `data-*` attributes. */
export function logEntry(match: { direction?: 'in' | 'out'; type?: string; accepted?: boolean }): string {
  const direction = match.direction ? `[data-direction="${match.direction}"]` : ''
  const type = match.type ? `[data-type="${match.type}"]` : ''
  const accepted = match.accepted === undefined ? '' : `[data-accepted="${match.accepted}"]`
  return `[data-testid="message-log-entry"]${direction}${type}${accepted}`
}
