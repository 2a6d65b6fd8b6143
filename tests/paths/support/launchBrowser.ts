import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../e2e/driver/chromiumEngine'

/**
 * The Chromium a test file of `test:paths` drives, launched in the test's own process: driving one
 * launched by the global setup went through that process too (which also serves the demo and its
 * API), one more hop and one more busy event loop for each of the run's many thousand calls.
 */
export function launchPathsBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: resolveChromiumPath(process.env), headless: true, args: [...CHROMIUM_ARGS] })
}
