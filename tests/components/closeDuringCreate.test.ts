import { fireEvent, screen, within } from '@testing-library/vue'
import { nextTick } from 'vue'
import { toast } from '@mekari/pixel3'
import { pendingLinksKey } from '../../composables/usePendingLinks'
import { advance, settle, useCrmServer, useStatechartClock } from './support/crmServer'
import { makeTicket } from './support/crmBackend'
import { CONTACT, embedMessage, getFrame, mountTickets, openCreatePanel, postFromEmbed } from './support/mountTickets'

/**
 * Nothing lost on close: the agent closes the form (back arrow, Escape, the embed's own cancel) while
 * the CRM may still be creating the ticket. The panel goes out of sight at once, its iframe stays
 * mounted and heard, and a ticket reported in that window ends up in the list or as a pending link.
 */

const crm = useCrmServer()
const CREATED = '[Qontak One] [Customer] Create Ticket Embed Created'
const panelRegion = () => screen.queryByRole('region', { name: `Create ticket for ${CONTACT.name}` })
const keptPanel = () => screen.queryByTestId('ticket-embed-panel')
const toasts = () => document.querySelector('[data-sonner-toaster]') as HTMLElement
const started = () => ({ type: 'TICKET_CREATE_STARTED', version: 1 })

async function openReadyPanel() {
  await openCreatePanel()
  postFromEmbed(embedMessage.ready())
  await nextTick()
}

async function clickBack() {
  await fireEvent.click(screen.getByRole('button', { name: 'Back' }))
}

describe('closing the panel while the embed may still report a ticket', () => {
  beforeEach(() => crm.backend.addTicket(makeTicket('tk-1', 'Refund not received'), CONTACT.id))

  it('CLOSE-2: back arrow during a create, then TICKET_CREATED → the ticket is listed, with the success toast, the panel never shown again', async () => {
    const { track } = mountTickets()
    await screen.findByText('Refund not received')
    await openReadyPanel()
    postFromEmbed(started())
    const frame = getFrame()

    await clickBack()

    expect(panelRegion()).toBeNull()
    expect(frame.isConnected).toBe(true)
    expect(keptPanel()!.style.display).toBe('none')
    expect(screen.getByTestId('ticket-list')).toBeTruthy()

    // The CRM answers the create the agent submitted before closing; it linked the ticket itself.
    crm.backend.addTicket(makeTicket('tk-50', 'Late but not lost'), CONTACT.id)
    postFromEmbed(embedMessage.created('tk-50', { isAutoAssociated: true }), { source: frame.contentWindow })

    expect(await screen.findByText('Late but not lost')).toBeTruthy()
    expect(await within(toasts()).findByText('Ticket created successfully')).toBeTruthy()
    expect(track).toHaveBeenCalledWith(CREATED, { contact_id: CONTACT.id, ticket_id: 'tk-50', pipeline_id: null })
    expect(panelRegion()).toBeNull()
    await vi.waitFor(() => expect(frame.isConnected).toBe(false))
  })

  it('CLOSE-2: EMBED_CLOSE immediately followed by TICKET_CREATED from the own frame → linked by the host with one POST, then listed', async () => {
    mountTickets()
    await screen.findByText('Refund not received')
    await openReadyPanel()
    crm.backend.addTicket(makeTicket('tk-51', 'Cancel raced the create'))

    postFromEmbed(embedMessage.close())
    postFromEmbed(embedMessage.created('tk-51'))

    expect(await screen.findByText('Cancel raced the create')).toBeTruthy()
    expect(crm.backend.posts()).toEqual([{ method: 'POST', path: `/v1/leads/${CONTACT.id}/tickets/tk-51` }])
    expect(crm.backend.isLinked(CONTACT.id, 'tk-51')).toBe(true)
    expect(panelRegion()).toBeNull()
  })

  it('CLOSE-2 (TCKT-S04/ERR-1): Escape during a create, then a ticket whose link fails → "Not linked yet", kept in sessionStorage', async () => {
    useStatechartClock()
    mountTickets()
    await settle()
    await openReadyPanel()
    await vi.waitFor(() => expect(document.activeElement).toBe(panelRegion()))
    postFromEmbed(started())
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(panelRegion()).toBeNull()

    crm.backend.addTicket(makeTicket('tk-52', 'Unlinked for now'))
    crm.backend.failNextLinks(400)
    postFromEmbed(embedMessage.created('tk-52'))
    await settle()

    const row = screen.getByTestId('pending-link-row')
    expect(row.textContent).toContain('Ticket #tk-52')
    expect(row.textContent).toContain('Not linked yet')
    expect(within(toasts()).getByText("Ticket created but couldn't be linked")).toBeTruthy()
    expect(window.sessionStorage.getItem(pendingLinksKey(CONTACT.id))).toContain('tk-52')
    expect(panelRegion()).toBeNull()
    await advance(0)
    expect(keptPanel()).toBeNull()
  })

  it('CLOSE-3: the kept frame goes after 10 s, or 30 s once the embed said a create is in flight', async () => {
    useStatechartClock()
    mountTickets()
    await settle()
    await openReadyPanel()
    await clickBack()
    await advance(10_000)
    expect(keptPanel()).toBeNull()

    await openReadyPanel()
    postFromEmbed(started())
    await clickBack()
    await advance(29_999)
    expect(keptPanel()).not.toBeNull()
    await advance(1)
    expect(keptPanel()).toBeNull()
    // Too late: the frame is gone and nobody listens; nothing changes.
    expect(screen.queryByTitle('Create Ticket')).toBeNull()
  })

  it('CLOSE-4: TICKET_CREATE_ERROR during the window → an error toast says the ticket was not created', async () => {
    const notify = vi.spyOn(toast, 'notify')
    mountTickets()
    await screen.findByText('Refund not received')
    await openReadyPanel()
    postFromEmbed(started())
    await clickBack()

    postFromEmbed(embedMessage.createError('SERVER_ERROR', 'The CRM is down'))
    await nextTick()

    expect(notify).toHaveBeenCalledWith(
      expect.objectContaining({ title: "The ticket you submitted before closing the form wasn't created", variant: 'error' }),
    )
    expect(keptPanel()).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('Refund not received')).toBeTruthy()
  })

  it('CLOSE-5: "Create Ticket" during the window shows the same frame again, and its ticket then arrives as in ready', async () => {
    mountTickets()
    await screen.findByText('Refund not received')
    await openReadyPanel()
    postFromEmbed(embedMessage.resize(640))
    postFromEmbed(started())
    const frame = getFrame()
    await clickBack()

    await openCreatePanel()

    expect(panelRegion()).not.toBeNull()
    expect(getFrame()).toBe(frame)
    expect(frame.style.display).toBe('')
    expect(frame.style.height).toBe('640px')
    expect(keptPanel()!.dataset.state).toBe('ready')

    crm.backend.addTicket(makeTicket('tk-53', 'Seen through'), CONTACT.id)
    postFromEmbed(embedMessage.created('tk-53', { isAutoAssociated: true }))
    expect(await screen.findByText('Seen through')).toBeTruthy()
  })

  it('CLOSE-6: a forged or stray message during the window changes nothing and is logged as dropped', async () => {
    useStatechartClock()
    const { onMessage } = mountTickets()
    await settle()
    await openReadyPanel()
    await clickBack()
    const stranger = document.createElement('iframe')
    document.body.append(stranger)
    onMessage.mockClear()

    postFromEmbed(embedMessage.created('tk-66', { isAutoAssociated: true }), { origin: 'https://evil.test' })
    postFromEmbed(embedMessage.created('tk-66', { isAutoAssociated: true }), { source: stranger.contentWindow })
    postFromEmbed({ ...embedMessage.created('tk-66'), version: 2 })
    postFromEmbed(embedMessage.createError('FORGED'), { origin: 'https://evil.test' })
    await settle()

    expect(onMessage.mock.calls.map(([entry]) => entry.reason)).toEqual([
      'origin-mismatch',
      'not-own-frame',
      'bad-field:version',
      'origin-mismatch',
    ])
    expect(crm.backend.posts()).toEqual([])
    expect(screen.queryByTestId('pending-link-row')).toBeNull()
    expect(keptPanel()!.dataset.state).toBe('hidden')
    stranger.remove()
    await advance(10_000)
    expect(keptPanel()).toBeNull()
  })

  it('CLOSE-7: unmounting the page during the window removes the frame, the listener and the timer', async () => {
    useStatechartClock()
    const { unmount } = mountTickets()
    await settle()
    await openReadyPanel()
    await clickBack()
    const remove = vi.spyOn(window, 'removeEventListener')
    const timersInWindow = vi.getTimerCount()

    unmount()

    expect(remove.mock.calls.some(([type]) => type === 'message')).toBe(true)
    expect(screen.queryByTitle('Create Ticket')).toBeNull()
    // The close grace was one of them (the toaster keeps its own).
    expect(vi.getTimerCount()).toBe(timersInWindow - 1)
  })
})
