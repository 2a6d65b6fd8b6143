import { chromium } from 'playwright-core'
import type { TestProject } from 'vitest/node'
import { startDemo } from '../../../demo/startDemo'
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../e2e/driver/chromiumEngine'
import './providedContext'

/**
 * Once per run: the demo on free ports, its pages built for production, and one Chromium. Every
 * path then opens a fresh context (empty storage, empty cache, its own clock): built pages load in
 * a few requests where the dev server's take hundreds, once per path.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = resolveChromiumPath(process.env)
  const started = Date.now()
  const demo = await startDemo({ hostPort: 0, embedPort: 0, apiPort: 0, spoofPort: 0, pages: 'built' })
  try {
    const server = await chromium.launchServer({ executablePath, headless: true, args: [...CHROMIUM_ARGS] })
    console.log(`[paths] demo and Chromium up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${demo.urls.host}`)
    project.provide('pathsDemoUrls', demo.urls)
    project.provide('pathsBrowserWsEndpoint', server.wsEndpoint())
    return async () => {
      await server.close().catch(() => undefined)
      await demo.close()
    }
  } catch (error) {
    await demo.close()
    throw error
  }
}
