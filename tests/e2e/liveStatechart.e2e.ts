import { expect } from 'vitest'
import type { TicketEmbedState } from '../../composables/useTicketEmbed'
import { waitForSelector } from './driver/dom'
import type { FrameDriver } from './driver/types'
import { test } from './support/e2eTest'
import { HOST } from './support/hostPage'
import { fillTicketForm, submitTicketForm, waitForCustomer } from './support/ticketForm'

/** The panel stays in `loading` a while, as with a slow CRM. */
const SLOW_READY_MS = 2000

/**
 * Long enough that only a hang reaches it. With the default 10 s, a slow ready on a machine under
 * heavy load (WebKit, load average 14) once timed out first: the chart drew loading, error, then
 * ready when the late EMBED_READY came. The timeout has its own flow (`neverReady.e2e.ts`).
 */
const PATIENT_READY_TIMEOUT_MS = 120_000

/** A drawing of the chart: the state path it shows, and the states whose nodes it marks active. */
interface Drawing {
  path: string
  marked: string[]
}

/**
 * Waits until the drawer's chart is drawn for `state`, and returns the states whose nodes the
 * drawing marks active (Mermaid's `active` class from the generator's `classDef`; the node ids
 * read `…-state-<name>-<n>`).
 */
async function highlightedNodes(page: FrameDriver, state: TicketEmbedState): Promise<string[]> {
  await waitForSelector(page, `${HOST.chart}[data-state="${state}"][data-highlighted="${state}"]`, { state: 'attached' })
  return page.evaluate(
    (chart) => [...document.querySelectorAll(`${chart} svg g.node.active`)].map((node) => /-state-([A-Za-z]+)-\d+$/.exec(node.id)?.[1] ?? node.id),
    HOST.chart,
  )
}

/**
 * Records, in the page, every drawing the chart puts on screen from now on. The chart draws each
 * state the panel passes through, so a state as short as `associating.backingOff` is recorded
 * however busy the machine is; the test reads the record once the panel has moved on.
 */
async function recordDrawings(page: FrameDriver): Promise<() => Promise<Drawing[]>> {
  await page.evaluate((chart) => {
    const element = document.querySelector<HTMLElement>(chart)!
    const drawings: Drawing[] = []
    Object.assign(window, { __chartDrawings: drawings })
    new MutationObserver(() => {
      drawings.push({
        path: element.dataset.highlightedPath ?? '',
        marked: [...element.querySelectorAll('svg g.node.active')].map((node) => /-state-([A-Za-z]+)-\d+$/.exec(node.id)?.[1] ?? node.id),
      })
    }).observe(element, { attributes: true, attributeFilter: ['data-highlighted-path'] })
  }, HOST.chart)
  return () => page.evaluate(() => (window as unknown as { __chartDrawings: Drawing[] }).__chartDrawings)
}

test('the live statechart highlights the state the panel is in: hidden, preloading on the menu, loading, ready, hidden', async ({ host, api }) => {
  const { page } = host
  await api.control({ embedReady: 'slow', slowReadyMs: SLOW_READY_MS })
  await host.goto({ readyTimeoutMs: PATIENT_READY_TIMEOUT_MS })
  // `hidden` is compound: the drawing marks the sub-state the panel is in. The page may first draw
  // bare `hidden` (before its first snapshot names the sub-state): wait for the sub-state's drawing.
  await waitForSelector(page, `${HOST.chart}[data-highlighted-path="hidden.idle"]`, { state: 'attached' })
  expect(await highlightedNodes(page, 'hidden')).toEqual(['idle'])
  const drawings = await recordDrawings(page)

  await host.openCreatePanel()
  await host.waitForPanel('ready')
  expect(await highlightedNodes(page, 'ready')).toEqual(['ready'])

  await page.click(HOST.back)
  await host.waitForPanel('hidden')
  // Closed from the form: the frame is kept and heard for a late ticket until the close grace ends.
  expect(await highlightedNodes(page, 'hidden')).toEqual(['listening'])
  // Each state drawn in turn, with its own node and only it marked; `loading` too, however short
  // the machine's load made it. (A state may be recorded twice in a row: a redraw of the same one.)
  const drawn = await drawings()
  // A compound state drawn before its sub-state is known marks nothing; the sub-state's drawing follows.
  const named = drawn.filter((drawing) => drawing.marked.length > 0)
  const inTurn = named.filter((drawing, i) => i === 0 || drawing.path !== named[i - 1]!.path)
  expect(inTurn, JSON.stringify(drawn)).toEqual([
    // The "+" menu opened: the form starts loading out of sight (`preload: 'intent'`).
    { path: 'hidden.warming', marked: ['warming'] },
    { path: 'loading', marked: ['loading'] },
    { path: 'ready', marked: ['ready'] },
    { path: 'hidden.listening', marked: ['listening'] },
  ])
})

test('the live statechart marks the sub-state too: associating.backingOff while a link is retried', async ({ host, api }) => {
  const { page, form } = host
  // One failed link: the panel waits 1 s in `associating.backingOff`, then links.
  await api.control({ autoAssociate: false, linkFailures: 1 })
  await host.goto()
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)
  await highlightedNodes(page, 'ready')
  const drawings = await recordDrawings(page)
  await fillTicketForm(form, { subject: 'Parcel stuck at the depot', pipeline: 'Support' })
  await submitTicketForm(form)

  await host.waitForPanel('hidden')
  await highlightedNodes(page, 'hidden')
  const drawn = await drawings()
  expect(drawn.map((drawing) => drawing.path)).toEqual(expect.arrayContaining(['associating.attempting', 'associating.backingOff']))
  // Done: the demo's form can start afresh, so it is kept, out of sight, for the next ticket.
  expect(drawn.at(-1)?.path).toBe('hidden.warm')
  // The sub-state itself is marked, not only `associating`, and not its sibling.
  const backingOff = drawn.find((drawing) => drawing.path === 'associating.backingOff')
  expect(backingOff?.marked).toContain('backingOff')
  expect(backingOff?.marked).not.toContain('attempting')
})
