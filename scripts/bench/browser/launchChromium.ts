import { chromium, type Browser } from 'playwright-core'

/**
 * Flags that work as root in a container. No `--headless` here: `headless: true` adds the right
 * one itself, and passing it by hand makes screenshots hang.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]

/** The system Chromium (`CHROMIUM_PATH` overrides where it is). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  })
}
