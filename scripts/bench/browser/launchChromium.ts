import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../../tests/e2e/driver/chromiumEngine'

/** The system Chromium with the same flags as the browser tests (`CHROMIUM_PATH` overrides where it is). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: resolveChromiumPath(process.env), headless: true, args: [...CHROMIUM_ARGS] })
}
