import { existsSync } from 'node:fs'

/** Where Debian's `chromium` package puts the browser. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * Flags for running as root on a CI box with no display and no internet. `--headless` is not among
 * them: Playwright adds its own headless switch, and a second one makes `page.screenshot` hang.
 * The `--disable-*` flags stop Chromium's own background calls (updates, sync, QUIC probes), so
 * the only traffic left is the pages'.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else Debian's. Fails at once, saying how to
 * install it, rather than letting Playwright fail later with a launch error.
 */
export function resolveChromiumPath(env: Readonly<Record<string, string | undefined>>): string {
  const path = env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install it with \`apt-get update && apt-get install -y chromium\``)
  }
  return path
}
