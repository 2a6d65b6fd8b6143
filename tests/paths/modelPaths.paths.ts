import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import { modelPaths, type ModelPath } from '../model/model'
import { ContactPool } from './support/contactPool'
import { openPathSession } from './support/pathSession'
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
const contacts = new ContactPool(['cus-1001', 'cus-1002', 'cus-1003'])
const results: Record<string, PathRunResult> = {}
const started = Date.now()
let browser: Browser

beforeAll(async () => {
  clearRuns()
  browser = await chromium.connect(inject('pathsBrowserWsEndpoint'))
})

afterAll(async () => {
  writeResults({ finishedAt: new Date().toISOString(), browser: `Chromium ${browser.version()}`, durationMs: Date.now() - started, paths: results })
  await browser.close()
})

async function run(path: ModelPath): Promise<void> {
  const contactId = await contacts.acquire()
  try {
    const session = await openPathSession(browser, urls, contactId)
    try {
      results[path.id] = await playPath(session, path)
    } finally {
      await session.close()
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
