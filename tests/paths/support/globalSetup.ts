import type { TestProject } from 'vitest/node'
import { startDemo } from '../../../demo/startDemo'
import './providedContext'

/**
 * Once per run: the demo on free ports, its pages built for production (built pages load in a few
 * requests where the dev server's take hundreds, once per path). Each test file launches its own
 * Chromium (`launchPathsBrowser`).
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now()
  const demo = await startDemo({ hostPort: 0, embedPort: 0, apiPort: 0, spoofPort: 0, pages: 'built' })
  console.log(`[paths] demo up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${demo.urls.host}`)
  project.provide('pathsDemoUrls', demo.urls)
  return () => demo.close()
}
