import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { startDemo } from '../../../demo/startDemo'
import { clearArtifacts } from './artifacts'
import { CHROMIUM_ARGS, resolveChromiumPath } from './chromium'
import { createDemoApi } from './demoApi'
import './providedContext'
import { warmUpPages } from './warmUp'

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/**
 * Once per run: the demo on free ports (four servers, styles built), one Chromium that every test
 * file connects to, and a first visit of every page. Each test then only opens a browser context,
 * which is cheap and starts with empty storage.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Before anything slow: a missing browser is the most likely problem on a fresh machine. Said
  // at once too, because Vitest prints "No test files found" before a global setup's error.
  let executablePath: string
  try {
    executablePath = resolveChromiumPath(process.env)
  } catch (error) {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`)
    throw error
  }
  await clearArtifacts()

  const started = Date.now()
  const demo = await startDemo({ hostPort: 0, embedPort: 0, apiPort: 0, spoofPort: 0, watch: false, warmUp: true })
  const closers: (() => Promise<void>)[] = [() => demo.close()]
  const stop = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined)
  }
  try {
    console.log(`[e2e] demo up in ${seconds(started)}: host ${demo.urls.host}, embed ${demo.urls.embed}, api ${demo.urls.api}, spoof ${demo.urls.spoof}`)
    const server = await chromium.launchServer({ executablePath, headless: true, args: [...CHROMIUM_ARGS] })
    closers.push(() => server.close())

    const warming = Date.now()
    await warmUpPages(server.wsEndpoint(), demo.urls)
    await createDemoApi(demo.urls.api).reset()
    console.log(`[e2e] pages warmed up in ${seconds(warming)}`)

    project.provide('demoUrls', demo.urls)
    project.provide('browserWsEndpoint', server.wsEndpoint())
    return stop
  } catch (error) {
    await stop()
    throw error
  }
}
