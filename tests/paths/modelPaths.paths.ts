import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import { modelPaths, type ModelPath } from '../model/model'
import { ContactPool, PATH_CONTACTS } from './support/contactPool'
import { openPathSession, openPathTab, type PathTab } from './support/pathSession'
import { PhaseTimes } from './support/phaseTimes'
import { playPath } from './support/playPath'
import { clearRuns, writeResults, type PathRunResult } from './support/runResults'
import './support/providedContext'

/**
 * Every path of the model-based tests (`tests/model`), played in real Chromium on the demo: the
 * host page and the reference embed on two origins, forged frames on others, the page clock for
 * timers, the stand-in API for how requests end. Test names are the path ids and descriptions, as
 * in `docs/test-paths.md` and on the explorer page.
 */

const { state: statePaths, transition: transitionPaths } = modelPaths()
const urls = inject('pathsDemoUrls')
const contacts = new ContactPool(PATH_CONTACTS)
const results: Record<string, PathRunResult> = {}
/** One tab per contact, kept from path to path while it cleans up after each. */
const tabs = new Map<string, Promise<PathTab>>()
const started = Date.now()
const times = new PhaseTimes()
let browser: Browser

beforeAll(async () => {
  clearRuns()
  browser = await chromium.connect(inject('pathsBrowserWsEndpoint'))
})

afterAll(async () => {
  for (const tab of tabs.values()) await (await tab.catch(() => null))?.close().catch(() => undefined)
  const durationMs = Date.now() - started
  console.log(`[paths] ${Object.keys(results).length} paths in ${(durationMs / 1000).toFixed(1)} s; ${times.summary()}`)
  writeResults({ finishedAt: new Date().toISOString(), browser: `Chromium ${browser.version()}`, durationMs, phases: times.snapshot(), paths: results })
  await browser.close()
})

async function run(path: ModelPath): Promise<void> {
  const contactId = await contacts.acquire()
  try {
    if (!tabs.has(contactId)) tabs.set(contactId, times.time('open tab', () => openPathTab(browser)))
    const tab = await tabs.get(contactId)!
    try {
      const session = await times.time('load', () => openPathSession(tab, urls, contactId, times))
      try {
        results[path.id] = await playPath(session, path)
      } finally {
        await times.time('close', () => session.close())
      }
    } catch (error) {
      // A tab that could not be cleaned is not given to the next path.
      tabs.delete(contactId)
      await tab.close().catch(() => undefined)
      throw error
    }
  } finally {
    contacts.release(contactId)
  }
  const result = results[path.id]!
  if (result.status === 'failed') throw new Error(result.error ?? `${path.id} failed`)
}

describe('every state, in Chromium on the demo', () => {
  it.concurrent.each(statePaths.map((path) => [`${path.id} ${path.description}`, path] as const))('%s', async (_, path) => {
    await run(path)
  })
})

describe('every transition, in Chromium on the demo', () => {
  it.concurrent.each(transitionPaths.map((path) => [`${path.id} ${path.covers}: ${path.description}`, path] as const))('%s', async (_, path) => {
    await run(path)
  })
})
