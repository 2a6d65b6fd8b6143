import { fireEvent, screen, waitFor, within } from '@testing-library/vue'
import { ref } from 'vue'
import type { TicketContact } from '../../components/types'
import { settle, useCrmServer } from './support/crmServer'
import { makeTicket } from './support/crmBackend'
import { CONTACT, embedMessage, getFrame, mountTickets, openCreatePanel, openMenu, postFromEmbed } from './support/mountTickets'

const crm = useCrmServer()
const EMBED_ORIGIN = 'https://crm.test'
const panel = () => screen.queryByTestId('ticket-embed-panel')
const shown = () => panel() !== null && panel()!.style.display !== 'none'
/** Every `EMBED_INIT` posted to `frame`, as `[customer id, target origin]`. */
const initsTo = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.map(([message, origin]) => [(message as { qontakCustomerId: string }).qontakCustomerId, origin])

describe('the Tickets section with the speed strategies on (the defaults)', () => {
  beforeEach(() => {
    crm.backend.addTicket(makeTicket('tk-1', 'Refund not received'), CONTACT.id)
    for (const link of document.head.querySelectorAll('link[rel="preconnect"]')) link.remove()
  })

  it('SPEED-C1: the "+" menu loads the form out of sight; "Associate existing" then shows nothing of it', async () => {
    mountTickets()
    await screen.findByText('Refund not received')
    await openMenu()
    expect(getFrame()).toBeTruthy()
    expect(shown()).toBe(false)
    expect(screen.getByTestId('ticket-list')).toBeTruthy()
    // Anything the hidden form says before it is shown changes nothing the agent sees.
    postFromEmbed(embedMessage.ready())
    postFromEmbed(embedMessage.created('tk-99', { isAutoAssociated: true, subject: 'Forged' }))
    postFromEmbed(embedMessage.createError('SERVER_ERROR', 'boom'))
    await settle(3)
    expect(screen.queryByText('Forged')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(crm.backend.posts()).toEqual([])

    await fireEvent.click(screen.getByRole('button', { name: 'Associate existing' }))
    expect(screen.getByRole('region', { name: 'Associate existing ticket' })).toBeTruthy()
    expect(shown()).toBe(false)
  })

  it('SPEED-C2: "Create Ticket" shows the preloaded form ready at once: no skeleton, one EMBED_INIT to the exact origin', async () => {
    mountTickets()
    await screen.findByText('Refund not received')
    await openMenu()
    const frame = getFrame()
    const postMessage = vi.spyOn(frame.contentWindow!, 'postMessage')
    postFromEmbed(embedMessage.ready())
    expect(postMessage).not.toHaveBeenCalled()

    await openCreatePanel()
    expect(getFrame()).toBe(frame)
    expect(panel()!.dataset.state).toBe('ready')
    expect(shown()).toBe(true)
    expect(screen.queryByTestId('ticket-embed-skeleton')).toBeNull()
    expect(initsTo(postMessage)).toEqual([[CONTACT.id, EMBED_ORIGIN]])
  })

  it('SPEED-C3: a created ticket is listed at once with its subject as text, then confirmed by the re-fetch', async () => {
    mountTickets()
    await screen.findByText('Refund not received')
    await openCreatePanel()
    postFromEmbed(embedMessage.ready())
    await settle(2)
    const release = crm.backend.holdLists()
    crm.backend.addTicket(makeTicket('tk-42', 'Printer & scanner > offline'), CONTACT.id)

    postFromEmbed(embedMessage.created('tk-42', { isAutoAssociated: true, subject: 'Printer & scanner > offline' }))
    await settle(2)
    const row = await waitFor(() => screen.getByText('Printer & scanner > offline').closest('li')!)
    expect(row.dataset.ticketId).toBe('tk-42')
    expect(row.hasAttribute('data-provisional')).toBe(true)
    expect(within(row).getByText('Ticket #tk-42 · Just created')).toBeTruthy()
    expect(shown()).toBe(false)

    release()
    await waitFor(() => expect(screen.getByText('Printer & scanner > offline').closest('li')!.hasAttribute('data-provisional')).toBe(false))
    expect(screen.getAllByText('Printer & scanner > offline')).toHaveLength(1)
  })

  it('SPEED-C4: a form that can start afresh is kept: the next "Create Ticket" shows the same frame, started again with a new EMBED_INIT', async () => {
    mountTickets()
    await screen.findByText('Refund not received')
    await openCreatePanel()
    const frame = getFrame()
    const postMessage = vi.spyOn(frame.contentWindow!, 'postMessage')
    postFromEmbed(embedMessage.ready({ canReset: true }))
    crm.backend.addTicket(makeTicket('tk-42', 'Printer on fire'), CONTACT.id)
    postFromEmbed(embedMessage.created('tk-42', { isAutoAssociated: true }))
    await screen.findByText('Printer on fire')
    await waitFor(() => expect(panel()!.dataset.state).toBe('hidden'))
    expect(getFrame()).toBe(frame)

    await openCreatePanel()
    expect(getFrame()).toBe(frame)
    expect(panel()!.dataset.state).toBe('ready')
    expect(initsTo(postMessage)).toEqual([[CONTACT.id, EMBED_ORIGIN], [CONTACT.id, EMBED_ORIGIN]])
  })

  it('SPEED-C5: switching customers between opens never shows the previous customer: a new frame, its own EMBED_INIT, the old frame unheard', async () => {
    crm.backend.addTicket(makeTicket('tk-2', 'Second contact ticket'), 'cus-2002')
    const contact = ref<TicketContact>(CONTACT)
    const { onMessage } = mountTickets({ contact })
    await screen.findByText('Refund not received')
    await openCreatePanel()
    const first = getFrame()
    const firstWindow = first.contentWindow!
    postFromEmbed(embedMessage.ready({ canReset: true }))
    await settle(2)
    await fireEvent.click(within(panel()!).getByRole('button', { name: 'Back' }))

    contact.value = { id: 'cus-2002', name: 'Budi Santoso' }
    expect(await screen.findByText('Second contact ticket')).toBeTruthy()
    expect(screen.queryByText('Refund not received')).toBeNull()
    expect(screen.queryByTitle('Create Ticket')).toBeNull()

    await openCreatePanel()
    const second = getFrame()
    expect(second).not.toBe(first)
    const postMessage = vi.spyOn(second.contentWindow!, 'postMessage')
    // The first customer's form, were it still alive somewhere, is not this panel's frame.
    postFromEmbed(embedMessage.ready({ canReset: true }), { source: firstWindow })
    expect(postMessage).not.toHaveBeenCalled()
    expect(onMessage.mock.calls.at(-1)![0]).toMatchObject({ accepted: false, type: 'EMBED_READY' })

    postFromEmbed(embedMessage.ready({ canReset: true }), { source: second.contentWindow })
    expect(initsTo(postMessage)).toEqual([['cus-2002', EMBED_ORIGIN]])
    expect(panel()!.getAttribute('aria-label')).toBe('Create ticket for Budi Santoso')
  })

  it('SPEED-C6: with every strategy off the section behaves as before: no frame on the menu, a new frame per ticket, the panel shown until the re-fetch', async () => {
    mountTickets({ config: { preconnect: false, preload: 'none', keepFrame: false, optimisticList: false } })
    await screen.findByText('Refund not received')
    await openMenu()
    expect(screen.queryByTitle('Create Ticket')).toBeNull()
    expect(document.head.querySelector(`link[rel="preconnect"][href^="${EMBED_ORIGIN}"]`)).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: 'Create Ticket' }))
    const first = getFrame()
    postFromEmbed(embedMessage.ready({ canReset: true }))
    const release = crm.backend.holdLists()
    crm.backend.addTicket(makeTicket('tk-42', 'Printer on fire'), CONTACT.id)
    postFromEmbed(embedMessage.created('tk-42', { isAutoAssociated: true, subject: 'Printer on fire' }))
    await settle(2)
    expect(panel()!.dataset.state).toBe('success')
    expect(shown()).toBe(true)
    release()
    await screen.findByText('Printer on fire')
    await waitFor(() => expect(screen.queryByTitle('Create Ticket')).toBeNull())
    await openCreatePanel()
    expect(getFrame()).not.toBe(first)
  })
})
