import type { TestProject } from 'vitest/node'
import { startDemo } from '../../../demo/startDemo'
import { engineNameFrom, requireEngineInstalled } from '../driver/engines'
import { clearArtifacts } from './artifacts'
import './providedContext'

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/**
 * Once per run: the demo on free ports (four servers, styles built). The browser is launched by
 * the test worker (`engine` fixture, once per run), which then visits every page once.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Before anything slow: a missing browser is the most likely problem on a fresh machine. Said
  // at once too, because Vitest prints "No test files found" before a global setup's error.
  const engine = engineNameFrom(process.env)
  try {
    requireEngineInstalled(engine)
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`)
    throw error
  }
  await clearArtifacts(engine)

  const started = Date.now()
  const demo = await startDemo({ hostPort: 0, embedPort: 0, apiPort: 0, spoofPort: 0, watch: false, warmUp: true })
  console.log(`[e2e] ${engine}: demo up in ${seconds(started)}: host ${demo.urls.host}, embed ${demo.urls.embed}, api ${demo.urls.api}, spoof ${demo.urls.spoof}`)
  project.provide('demoUrls', demo.urls)
  return () => demo.close()
}
