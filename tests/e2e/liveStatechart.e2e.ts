import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import type { TicketEmbedState } from '../../composables/useTicketEmbed'
import { test } from './support/e2eTest'
import { fillTicketForm, submitTicketForm, waitForCustomer } from './support/ticketForm'

/** Long enough for Mermaid to draw `loading` before the form says EMBED_READY, on a busy machine too. */
const SLOW_READY_MS = 4000

/**
 * Waits until the drawer's chart is drawn for `state`, and returns the states whose nodes the
 * drawing marks active (Mermaid's `active` class from the generator's `classDef`; the node ids
 * read `…-state-<name>-<n>`).
 */
async function highlightedNodes(page: Page, state: TicketEmbedState): Promise<string[]> {
  await page.locator(`[data-testid="live-statechart"][data-state="${state}"][data-highlighted="${state}"]`).waitFor()
  return page
    .locator('[data-testid="live-statechart"] svg g.node.active')
    .evaluateAll((nodes) => nodes.map((node) => /-state-([A-Za-z]+)-\d+$/.exec(node.id)?.[1] ?? node.id))
}

test('the live statechart highlights the state the panel is in: hidden, loading, ready, hidden', async ({ host, api }) => {
  const { page } = host
  await api.control({ embedReady: 'slow', slowReadyMs: SLOW_READY_MS })
  await host.goto()
  // `hidden` is compound: the drawing marks the sub-state the panel is in.
  expect(await highlightedNodes(page, 'hidden')).toEqual(['idle'])

  await host.openCreatePanel()
  expect(await highlightedNodes(page, 'loading')).toEqual(['loading'])
  expect(await host.panelState()).toBe('loading')

  await host.waitForPanel('ready')
  expect(await highlightedNodes(page, 'ready')).toEqual(['ready'])

  await page.getByTestId('ticket-embed-back').click()
  await host.waitForPanel('hidden')
  // Closed from the form: the frame is kept and heard for a late ticket until the close grace ends.
  expect(await highlightedNodes(page, 'hidden')).toEqual(['listening'])
})

test('the live statechart marks the sub-state too: associating.backingOff while a link is retried', async ({ host, api }) => {
  const { page, form } = host
  // Two failed links: the panel waits 1 s, then 2 s, in `associating.backingOff`.
  await api.control({ autoAssociate: false, linkFailures: 2 })
  await host.goto()
  await host.openCreatePanel()
  await host.waitForPanel('ready')
  await waitForCustomer(form)
  await fillTicketForm(form, { subject: 'Parcel stuck at the depot', pipeline: 'Support' })
  await submitTicketForm(form)

  const chart = page.locator('[data-testid="live-statechart"][data-highlighted-path="associating.backingOff"]')
  await chart.waitFor()
  const marked = await chart
    .locator('svg g.node.active')
    .evaluateAll((nodes) => nodes.map((node) => /-state-([A-Za-z]+)-\d+$/.exec(node.id)?.[1] ?? node.id))
  expect(marked).toContain('backingOff')
  await host.waitForPanel('hidden')
})
