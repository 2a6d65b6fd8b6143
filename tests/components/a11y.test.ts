import axe from 'axe-core'
import { fireEvent, screen, within } from '@testing-library/vue'
import { nextTick } from 'vue'
import { settle, useCrmServer } from './support/crmServer'
import { makeTicket } from './support/crmBackend'
import { CONTACT, embedMessage, mountTickets, openAssociatePanel, openCreatePanel, openMenu, postFromEmbed } from './support/mountTickets'

const crm = useCrmServer()

/**
 * axe-core over the Tickets section. `color-contrast` is off: jsdom computes no styles (pixel3's
 * colours come from Panda CSS classes), so that rule can only report "incomplete", never a result.
 * `iframes: false`: the frame's document is the CRM's (cross-origin, empty in jsdom); the iframe
 * element itself, with its title, is still checked. The toaster is left out: it is the host's
 * `<MpToastManager/>`, and its vue-sonner markup (`<li role="status">` in an `<ol>`) fails
 * `aria-allowed-role` and `list` whatever this package does.
 */
async function expectNoViolations() {
  const section = screen.getByTestId('associated-tickets')
  const results = await axe.run(section, { iframes: false, rules: { 'color-contrast': { enabled: false } } })
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`)
  expect(summary).toEqual([])
}

describe('accessibility (axe-core)', () => {
  // jsdom has no canvas; axe only uses it to detect icon ligatures, which these components do not use.
  beforeEach(() => vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null))

  it('the list with tickets and a pending link, and the open "+" menu', async () => {
    crm.backend.addTicket(makeTicket('tk-1', 'Refund not received'), CONTACT.id)
    window.sessionStorage.setItem(
      `ticket-embed:pending-links:v1:${CONTACT.id}`,
      JSON.stringify([{ ticketId: 'tk-9', pipelineId: null, createdAt: '2024-05-01T08:00:00.000Z' }]),
    )
    mountTickets()
    await screen.findByText('Refund not received')
    await expectNoViolations()

    await openMenu()
    expect(screen.getByRole('button', { name: 'Add ticket' }).getAttribute('aria-expanded')).toBe('true')
    await expectNoViolations()
  })

  it('the list while loading, and empty', async () => {
    const release = crm.backend.holdLists()
    mountTickets()
    await settle(3)
    expect(screen.getByTestId('ticket-list-loading')).toBeTruthy()
    await expectNoViolations()

    release()
    await screen.findByTestId('ticket-list-empty')
    await expectNoViolations()
  })

  it('the list error state', async () => {
    crm.backend.failNextLists(500)
    mountTickets()
    const alert = await screen.findByTestId('ticket-list-error')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy()
    await expectNoViolations()

    await fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    await screen.findByTestId('ticket-list-empty')
  })

  // Four axe runs with real timers: on a busy machine that is more than the default 5 s.
  it('the create panel while loading, ready, and after a timeout, and the list beside a closed panel\'s kept frame', { timeout: 20_000 }, async () => {
    // axe schedules its own timers, so this test keeps real ones and a short ready timeout.
    mountTickets({ config: { readyTimeoutMs: 100 } })
    await settle()
    await openCreatePanel()
    await expectNoViolations()

    postFromEmbed(embedMessage.ready())
    await nextTick()
    await expectNoViolations()

    await fireEvent.click(screen.getByRole('button', { name: 'Back' }))
    await screen.findByTestId('ticket-list-empty')
    expect(screen.getByTestId('ticket-embed-panel').style.display).toBe('none')
    await expectNoViolations()

    postFromEmbed(embedMessage.close()) // ends nothing: the panel is closed already
    postFromEmbed(embedMessage.createError('CANCELLED')) // the form's create failed: the kept frame goes
    await vi.waitFor(() => expect(screen.queryByTestId('ticket-embed-panel')).toBeNull())
    await openCreatePanel()
    await screen.findByRole('alert', {}, { timeout: 2_000 })
    await expectNoViolations()
  })

  it('the create panel while linking the created ticket, and on success', async () => {
    const releaseLinks = crm.backend.holdLinks()
    mountTickets()
    await settle()
    await openCreatePanel()
    postFromEmbed(embedMessage.ready())
    crm.backend.addTicket(makeTicket('tk-8', 'Created just now'))
    postFromEmbed(embedMessage.created('tk-8'))
    await settle(3)
    expect(screen.getByTestId('ticket-embed-panel').dataset.state).toBe('associating')
    await expectNoViolations()

    const releaseLists = crm.backend.holdLists()
    releaseLinks()
    await vi.waitFor(() => expect(screen.getByTestId('ticket-embed-panel').dataset.state).toBe('success'))
    await expectNoViolations()
    releaseLists()
    await screen.findByText('Created just now')
  })

  it('the associate-existing panel with results', async () => {
    crm.backend.addTicket(makeTicket('tk-5', 'Late delivery'))
    mountTickets()
    await settle()
    await openAssociatePanel()
    await fireEvent.submit(screen.getByRole('search'))
    await screen.findByTestId('associate-result')
    await expectNoViolations()
  })
})
