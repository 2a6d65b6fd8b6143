import { fireEvent, screen, waitFor, within } from '@testing-library/vue'
import { nextTick } from 'vue'
import { toast } from '@mekari/pixel3'
import { advance, settle, useCrmServer, useStatechartClock } from './support/crmServer'
import { makeTicket } from './support/crmBackend'
import { CONTACT, embedMessage, mountTickets, openCreatePanel, postFromEmbed } from './support/mountTickets'

const crm = useCrmServer()
const CREATED = '[Qontak One] [Customer] Create Ticket Embed Created'
const ASSOCIATE_FAILED = '[Qontak One] [Customer] Create Ticket Embed Associate Failed'
const panel = () => screen.queryByTestId('ticket-embed-panel')
const toasts = () => document.querySelector('[data-sonner-toaster]')!

async function openReadyPanel() {
  await openCreatePanel()
  postFromEmbed(embedMessage.ready())
  await nextTick()
}

describe('TICKET_CREATED in AssociatedTickets', () => {
  beforeEach(() => crm.backend.addTicket(makeTicket('tk-1', 'Refund not received'), CONTACT.id))

  it('TCKT-S03: closes the panel, re-fetches the list with the new ticket, shows the success toast and tracks Created', async () => {
    const { track } = mountTickets()
    await screen.findByText('Refund not received')
    await openReadyPanel()
    // The CRM created the ticket and linked it itself.
    crm.backend.addTicket(makeTicket('tk-42', 'Printer on fire', { pipelineId: 'pl-it' }), CONTACT.id)
    const fetchesBefore = crm.backend.listFetches().length

    postFromEmbed(embedMessage.created('tk-42', { pipelineId: 'pl-it', isAutoAssociated: true }))

    expect(await screen.findByText('Printer on fire')).toBeTruthy()
    await waitFor(() => expect(panel()).toBeNull())
    expect(crm.backend.listFetches().length).toBe(fetchesBefore + 1)
    expect(crm.backend.posts()).toEqual([])
    expect(await within(toasts() as HTMLElement).findByText('Ticket created successfully')).toBeTruthy()
    expect(track).toHaveBeenCalledWith(CREATED, { contact_id: CONTACT.id, ticket_id: 'tk-42', pipeline_id: 'pl-it' })
  })

  it('TCKT-S04/AC-2: a ticket the CRM did not link gets exactly one POST, then the list refresh', async () => {
    mountTickets()
    await screen.findByText('Refund not received')
    await openReadyPanel()
    crm.backend.addTicket(makeTicket('tk-43', 'Wrong invoice'))
    const before = crm.backend.seen.length

    postFromEmbed(embedMessage.created('tk-43', { pipelineId: null }))

    expect(await screen.findByText('Wrong invoice')).toBeTruthy()
    const after = crm.backend.seen.slice(before)
    expect(after).toEqual([
      { method: 'POST', path: `/v1/leads/${CONTACT.id}/tickets/tk-43` },
      { method: 'GET', path: `/v1/leads/${CONTACT.id}/tickets` },
    ])
    expect(crm.backend.isLinked(CONTACT.id, 'tk-43')).toBe(true)
  })

  it('TCKT-S04/AC-2: 409 (linked already) counts as linked', async () => {
    const { track } = mountTickets()
    await openReadyPanel()
    crm.backend.addTicket(makeTicket('tk-44', 'Already there'), CONTACT.id)
    crm.backend.failNextLinks(409)

    postFromEmbed(embedMessage.created('tk-44'))

    expect(await screen.findByText('Already there')).toBeTruthy()
    expect(crm.backend.posts()).toHaveLength(1)
    expect(screen.queryByText('Not linked yet')).toBeNull()
    expect(track).not.toHaveBeenCalledWith(ASSOCIATE_FAILED, expect.anything())
  })

  it('TCKT-S04/ERR-1: three failed POSTs keep the ticket as "Not linked yet", warn, track, refresh; it survives a remount and "Link now" links it', async () => {
    useStatechartClock()
    const notify = vi.spyOn(toast, 'notify')
    const first = mountTickets()
    await settle()
    await openReadyPanel()
    crm.backend.addTicket(makeTicket('tk-45', 'Lost parcel'))
    crm.backend.failNextLinks(503, 503, 503)
    const fetchesBefore = crm.backend.listFetches().length

    postFromEmbed(embedMessage.created('tk-45', { pipelineId: 'pl-support' }))
    await settle()
    expect(crm.backend.posts()).toHaveLength(1)
    await advance(1_000)
    expect(crm.backend.posts()).toHaveLength(2)
    await advance(2_000)
    expect(crm.backend.posts()).toHaveLength(3)

    expect(panel()).toBeNull()
    expect(crm.backend.listFetches().length).toBe(fetchesBefore + 1)
    // pixel3 0.3.1 has no warning toast; the closest variant, error, carries the warning.
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: "Ticket created but couldn't be linked", variant: 'error' }))
    expect(within(toasts() as HTMLElement).getByText("Ticket created but couldn't be linked")).toBeTruthy()
    expect(first.track).toHaveBeenCalledWith(ASSOCIATE_FAILED, { contact_id: CONTACT.id, ticket_id: 'tk-45', reason: 'http-503' })
    const row = screen.getByTestId('pending-link-row')
    expect(row.textContent).toContain('Ticket #tk-45')
    expect(row.textContent).toContain('Not linked yet')

    // A reload: same sessionStorage, new page.
    first.unmount()
    mountTickets()
    await settle()
    const again = screen.getByTestId('pending-link-row')
    expect(again.textContent).toContain('Ticket #tk-45')

    const linkNow = within(again).getByRole('button', { name: 'Link now' })
    await fireEvent.click(linkNow)
    expect((within(again).getByRole('button') as HTMLButtonElement).disabled).toBe(true)
    await settle()

    expect(crm.backend.posts()).toHaveLength(4)
    expect(crm.backend.isLinked(CONTACT.id, 'tk-45')).toBe(true)
    expect(screen.queryByTestId('pending-link-row')).toBeNull()
    expect(screen.getByText('Lost parcel')).toBeTruthy()
    expect(window.sessionStorage.length).toBe(0)
  })

  it('"Link now" keeps the row when the link fails again, and 409 later counts as linked', async () => {
    crm.backend.addTicket(makeTicket('tk-46', 'Broken link'))
    window.sessionStorage.setItem(
      `ticket-embed:pending-links:v1:${CONTACT.id}`,
      JSON.stringify([{ ticketId: 'tk-46', pipelineId: null, createdAt: '2024-05-01T08:00:00.000Z' }]),
    )
    mountTickets()
    const row = await screen.findByTestId('pending-link-row')
    crm.backend.failNextLinks(500)

    await fireEvent.click(within(row).getByRole('button', { name: 'Link now' }))
    await vi.waitFor(() => expect(within(row).getByRole('button', { name: 'Link now' })).toBeTruthy())
    expect(screen.getByTestId('pending-link-row')).toBe(row)

    crm.backend.failNextLinks(409)
    await fireEvent.click(within(row).getByRole('button', { name: 'Link now' }))
    await vi.waitFor(() => expect(screen.queryByTestId('pending-link-row')).toBeNull())
  })
})
