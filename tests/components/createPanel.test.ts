import { fireEvent, screen } from '@testing-library/vue'
import { nextTick } from 'vue'
import { advance, settle, useCrmServer, useStatechartClock } from './support/crmServer'
import { makeTicket } from './support/crmBackend'
import { CONTACT, embedMessage, getFrame, mountTickets, openCreatePanel, postFromEmbed } from './support/mountTickets'

const crm = useCrmServer()
const panel = () => screen.queryByRole('region', { name: `Create ticket for ${CONTACT.name}` })
const trigger = () => screen.getByRole('button', { name: 'Add ticket' })

describe('TicketEmbedPanel in AssociatedTickets', () => {
  beforeEach(() => crm.backend.addTicket(makeTicket('tk-1', 'Refund not received'), CONTACT.id))

  it('TCKT-S01/AC-2: "Create Ticket" renders the sandboxed iframe of the embed page', async () => {
    mountTickets()
    await screen.findByText('Refund not received')
    expect(panel()).toBeNull()

    await openCreatePanel()

    const frame = getFrame()
    expect(new URL(frame.src).pathname.endsWith('/embed/ticket/create')).toBe(true)
    expect(frame.src).toBe('https://crm.test/embed/ticket/create')
    expect(frame.getAttribute('sandbox')).toBe('allow-forms allow-scripts allow-same-origin')
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin')
    expect(panel()).not.toBeNull()
  })

  it('shows a skeleton and aria-busy while loading, then the form once EMBED_READY arrives', async () => {
    mountTickets()
    await openCreatePanel()

    expect(panel()!.getAttribute('aria-busy')).toBe('true')
    expect(screen.getByTestId('ticket-embed-skeleton')).toBeTruthy()
    expect(getFrame().style.display).toBe('none')
    expect(screen.getByRole('status', { hidden: false }).textContent).toContain('Loading the ticket form')

    postFromEmbed(embedMessage.ready())
    await nextTick()

    expect(panel()!.hasAttribute('aria-busy')).toBe(false)
    expect(screen.queryByTestId('ticket-embed-skeleton')).toBeNull()
    expect(getFrame().style.display).toBe('')
  })

  it('moves focus into the panel when it opens and back to the "+" button when it closes', async () => {
    mountTickets()
    await openCreatePanel()
    await vi.waitFor(() => expect(document.activeElement).toBe(panel()))

    await fireEvent.click(screen.getByRole('button', { name: 'Back' }))

    await vi.waitFor(() => expect(document.activeElement).toBe(trigger()))
  })

  it('TCKT-S01/AC-1: the back arrow closes the panel and the list comes back; the form\'s frame is kept, hidden, for the close grace', async () => {
    useStatechartClock()
    mountTickets()
    await settle()
    await openCreatePanel()
    postFromEmbed(embedMessage.ready())
    await nextTick()
    const frame = getFrame()

    await fireEvent.click(screen.getByRole('button', { name: 'Back' }))

    expect(panel()).toBeNull()
    expect(await screen.findByText('Refund not received')).toBeTruthy()
    // Still mounted (removing it would cut off a create the agent just submitted), never shown.
    expect(frame.isConnected).toBe(true)
    expect(screen.getByTestId('ticket-embed-panel').style.display).toBe('none')
    await advance(9_999)
    expect(frame.isConnected).toBe(true)
    await advance(1)
    expect(frame.isConnected).toBe(false)
    expect(screen.queryByTestId('ticket-embed-panel')).toBeNull()
  })

  it('TCKT-S01/AC-1: Escape closes the panel', async () => {
    mountTickets()
    await openCreatePanel()
    await vi.waitFor(() => expect(document.activeElement).toBe(panel()))

    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' })

    expect(panel()).toBeNull()
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger()))
  })

  it('EMBED_CLOSE from the embed closes the panel', async () => {
    mountTickets()
    await openCreatePanel()
    postFromEmbed(embedMessage.ready())
    postFromEmbed(embedMessage.close())
    await nextTick()
    expect(panel()).toBeNull()
  })

  it('sizes the iframe from EMBED_RESIZE, clamped to the allowed range', async () => {
    mountTickets()
    await openCreatePanel()
    postFromEmbed(embedMessage.ready())
    postFromEmbed(embedMessage.resize(720))
    await nextTick()
    expect(getFrame().style.height).toBe('720px')

    postFromEmbed(embedMessage.resize(50_000))
    await nextTick()
    expect(getFrame().style.height).toBe('2000px')
  })

  it('TCKT-S01/ERR-1: no EMBED_READY within the timeout shows the inline error with a retry button and the hint', async () => {
    useStatechartClock()
    const { track } = mountTickets()
    await settle()
    await openCreatePanel()

    await advance(9_999)
    expect(screen.queryByRole('alert')).toBeNull()
    await advance(1)

    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain("The ticket form didn't load in time.")
    expect(alert.textContent).toContain('"Associate existing"')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy()
    // Kept mounted but hidden, so a late EMBED_READY can still recover.
    expect(getFrame().isConnected).toBe(true)
    expect(getFrame().style.display).toBe('none')
    expect(track).toHaveBeenCalledWith('[Qontak One] [Customer] Create Ticket Embed Timeout', { contact_id: CONTACT.id })
  })

  it('TCKT-S01/ERR-1: retry mounts a new iframe and waits for a new EMBED_READY', async () => {
    useStatechartClock()
    mountTickets()
    await settle()
    await openCreatePanel()
    await advance(10_000)
    const first = getFrame()

    await fireEvent.click(screen.getByRole('button', { name: 'Retry' }))

    const second = getFrame()
    expect(second).not.toBe(first)
    expect(first.isConnected).toBe(false)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(panel()!.getAttribute('aria-busy')).toBe('true')

    postFromEmbed(embedMessage.ready(), { source: second.contentWindow })
    await nextTick()
    expect(second.style.display).toBe('')
  })

  it('a late EMBED_READY after the timeout recovers the form', async () => {
    useStatechartClock()
    mountTickets()
    await settle()
    await openCreatePanel()
    await advance(10_000)
    expect(screen.getByRole('alert')).toBeTruthy()

    postFromEmbed(embedMessage.ready())
    await nextTick()

    expect(screen.queryByRole('alert')).toBeNull()
    expect(getFrame().style.display).toBe('')
  })

  it('ignores messages from another origin or another frame of the same origin', async () => {
    const { onMessage } = mountTickets()
    await openCreatePanel()
    const stranger = document.createElement('iframe')
    document.body.append(stranger)

    postFromEmbed(embedMessage.ready(), { origin: 'https://evil.test' })
    postFromEmbed(embedMessage.ready(), { source: stranger.contentWindow })
    await nextTick()

    expect(panel()!.getAttribute('aria-busy')).toBe('true')
    const reasons = onMessage.mock.calls.map(([entry]) => entry.reason)
    expect(reasons).toEqual(['origin-mismatch', 'not-own-frame'])
    stranger.remove()
  })
})
