import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DEFAULT_DELAYS_MS } from '../../machines/constants'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import { buildExplorerData } from '../../scripts/statechart/explorer/explorerData'
import { readStatechart } from '../../scripts/statechart/statechart'
import { modelPaths } from '../model/model'
import { EXPLORER_DIR, resultsScript } from './support/runResults'
import './support/providedContext'

/**
 * The explorer page (`docs/explorer/index.html`) in Chromium, from `file://`, with no network:
 * every path is listed, the chart focuses and explains, paths play with their screenshots, the
 * simulate mode asks the machine, and axe finds nothing. Its data is compared with what the
 * generator builds from the machine now, so a stale page fails here as well as in the drift test.
 */

const data = buildExplorerData(readStatechart(ticketEmbedMachine, { delaysMs: DEFAULT_DELAYS_MS }), modelPaths())
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
let browser: Browser
let context: BrowserContext
let page: Page
let folder: string
const requested: string[] = []

beforeAll(async () => {
  browser = await chromium.connect(inject('pathsBrowserWsEndpoint'))
  folder = mkdtempSync(join(tmpdir(), 'explorer-'))
  cpSync(join(EXPLORER_DIR, 'index.html'), join(folder, 'index.html'))
  const jpeg = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64')
  writeFileSync(join(folder, 'shot.jpg'), jpeg)
  // S3 ran: every step passed but the last, which failed; no other path ran.
  const step = (status: 'passed' | 'failed') => ({ status, shot: 'shot.jpg', played: 'played here', seen: [] })
  const s3Steps = data.paths.find((path) => path.id === 'S3')!.steps.map((_, i, all) => step(i === all.length - 1 ? 'failed' : 'passed'))
  writeFileSync(
    join(folder, 'runs.js'),
    resultsScript({ finishedAt: '2026-01-01T00:00:00.000Z', browser: 'Chromium test', durationMs: 1, paths: { S3: { status: 'failed', error: 'x', durationMs: 1, steps: s3Steps } } }),
  )
  const html = readFileSync(join(folder, 'index.html'), 'utf8').replace('<script src="runs/results.js"></script>', '<script src="runs.js"></script>')
  writeFileSync(join(folder, 'index.html'), html)
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, offline: true })
  page = await context.newPage()
  page.on('request', (request) => requested.push(request.url()))
  await page.goto(pathToFileURL(join(folder, 'index.html')).href)
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  if (folder) rmSync(folder, { recursive: true, force: true })
})

async function axeViolations(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource })
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (root: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe
    return (await axe.run(document)).violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
  })
  return result
}

describe('explorer page (docs/explorer/index.html) in Chromium', () => {
  it('embeds the data the generator builds from the machine now', async () => {
    const embedded = await page.evaluate(() => JSON.parse(document.getElementById('explorer-data')!.textContent!))
    expect(embedded).toEqual(JSON.parse(JSON.stringify(data)))
  })

  it('lists every generated path by id, and loads nothing over the network', async () => {
    await page.getByRole('tab', { name: 'Paths' }).click()
    const ids = await page.locator('#path-list .path-button strong').allTextContents()
    const { state, transition } = modelPaths()
    expect(ids).toEqual([...state, ...transition].map((path) => path.id))
    expect(requested.filter((url) => !url.startsWith('file:'))).toEqual([])
  })

  it('finds paths by requirement id, state and event', async () => {
    const search = page.getByLabel('Find paths by state, event, words or requirement id')
    for (const query of ['TCKT-S03/ERR-2', 'backingOff', 'embed.resize']) {
      await search.fill(query)
      const expected = data.paths.filter((path) => JSON.stringify(path).toLowerCase().includes(query.toLowerCase())).map((path) => path.id)
      expect(await page.locator('#path-list .path-button strong').allTextContents(), query).toEqual(expected)
      expect(expected.length, query).toBeGreaterThan(0)
    }
    await search.fill('')
  })

  it('plays a path step by step beside its screenshot and verdict, or "not run yet"', async () => {
    await page.locator('#path-list .path-button', { hasText: /^S3 / }).click()
    const s3 = data.paths.find((path) => path.id === 'S3')!
    const last = s3.steps.length
    await expect.poll(() => page.locator('#path-player .step-now').textContent()).toContain(`Step ${last} of ${last}`)
    expect(await page.locator('#chart g.state.current').getAttribute('data-state-id')).toBe(s3.steps[last - 1]!.stateId)
    expect(await page.locator('#chart .edge.taken').count()).toBeGreaterThan(0)
    expect(await page.locator('.shot figcaption').textContent()).toContain('failed')
    await page.getByRole('button', { name: '← Previous step' }).click()
    expect(await page.locator('.shot figcaption').textContent()).toContain('passed')
    expect(await page.locator('.shot img').getAttribute('src')).toBe('shot.jpg')
    expect(await page.locator('#chart g.state.current').getAttribute('data-state-id')).toBe(s3.steps[last - 2]!.stateId)
    await page.locator('#path-list .path-button', { hasText: /^S4 / }).click()
    expect(await page.locator('.shot').textContent()).toContain('not run yet')
  })

  it('focusing a state dims every transition but its own; a label explains itself and names its paths', async () => {
    const loading = page.locator('#chart g.state[data-state-id="ticketEmbed.loading"]')
    await loading.focus()
    const own = data.edges.filter((edge) => edge.sourceId === 'ticketEmbed.loading' || edge.targetId === 'ticketEmbed.loading').map((edge) => String(edge.index))
    const related = await page.locator('#chart g.label.related').evaluateAll((nodes) => nodes.map((node) => (node as SVGElement).dataset.edge!))
    expect(related.sort()).toEqual(own.sort())
    const other = data.edges.find((edge) => !own.includes(String(edge.index)))!
    await expect.poll(() => page.locator(`#chart g.label[data-edge="${other.index}"]`).evaluate((node) => Number(getComputedStyle(node).opacity))).toBeLessThan(0.5)

    const edge = data.edges.find((candidate) => candidate.sourceId === 'ticketEmbed.loading' && candidate.targetId === 'ticketEmbed.ready')!
    await page.locator(`#chart g.label[data-edge="${edge.index}"]`).focus()
    await page.keyboard.press('Enter')
    const details = page.locator('#transition-details')
    await expect.poll(() => details.textContent()).toContain(edge.event.meaning)
    for (const guard of edge.guards) expect(await details.textContent()).toContain(guard.meaning)
    expect(await details.locator('.path-chips button').allTextContents()).toEqual(edge.paths)
    expect(edge.paths.length).toBeGreaterThan(0)
    await page.keyboard.press('Escape')
  })

  it('simulates with the machine itself: hidden → loading on panel.open, a forged message stays', async () => {
    await page.getByRole('tab', { name: 'Simulate' }).click()
    const state = page.locator('#sim-state')
    expect(await state.textContent()).toContain('hidden')
    await page.locator('.sim-event', { hasText: 'panel.open' }).click()
    await expect.poll(() => state.textContent()).toContain('loading')
    await expect.poll(() => page.locator('.sim-event', { hasText: 'embed.ready:wrong-origin' }).textContent()).toContain('(stays)')
    await page.locator('.sim-event', { hasText: /^embed\.ready / }).click()
    await expect.poll(() => state.textContent()).toContain('ready')
    expect(await page.locator('#chart g.state.current').getAttribute('data-state-id')).toBe('ticketEmbed.ready')
  })

  it('is usable from the keyboard: tabs switch with the arrow keys', async () => {
    const tab = page.getByRole('tab', { name: 'Simulate' })
    await tab.focus()
    await page.keyboard.press('ArrowLeft')
    expect(await page.getByRole('tab', { name: 'Paths' }).getAttribute('aria-selected')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-paths')
  })

  it('has no axe-core violations in any of its tabs', async () => {
    for (const name of ['Transition', 'Paths', 'Simulate']) {
      await page.getByRole('tab', { name }).click()
      expect(await axeViolations(), name).toEqual([])
    }
  })
})
