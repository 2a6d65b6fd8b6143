import { createTestingPinia } from '@pinia/testing'
import { fireEvent, render, screen, within } from '@testing-library/vue'
import { defineComponent, h, nextTick, ref } from 'vue'
import AssociatedTickets from '../../components/AssociatedTickets.vue'
import type { TicketContact } from '../../components/types'
import { createTicketEmbed } from '../../composables/ticketEmbedConfig'
import { settle, useCrmServer, useStatechartClock } from './support/crmServer'
import { CRM_API, makeTicket, signalOf } from './support/crmBackend'
import { CONTACT, embedMessage, getFrame, mountTickets, openCreatePanel, postFromEmbed } from './support/mountTickets'

const crm = useCrmServer()

describe('AssociatedTickets', () => {
  it('lists the contact\'s tickets with subject, number, status and pipeline', async () => {
    crm.backend.addTicket(makeTicket('tk-1', 'Refund not received', { status: 'pending', pipelineName: 'Billing' }), CONTACT.id)
    crm.backend.addTicket(makeTicket('tk-2', 'Not this contact'), 'cus-other')
    mountTickets()
    const row = await screen.findByTestId('ticket-row')
    expect(row.textContent).toContain('Refund not received')
    expect(row.textContent).toContain('Ticket #tk-1 · pending · Billing')
    expect(screen.queryByText('Not this contact')).toBeNull()
  })

  it('shows the list error with a retry that fetches again', async () => {
    crm.backend.addTicket(makeTicket('tk-1', 'Refund not received'), CONTACT.id)
    crm.backend.failNextLists(503)
    mountTickets()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain("Couldn't load the tickets.")

    await fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }))

    expect(await screen.findByText('Refund not received')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('tells the agent when the list cannot be refreshed after a created ticket', async () => {
    mountTickets()
    await settle()
    await openCreatePanel()
    postFromEmbed(embedMessage.ready())
    crm.backend.failNextLists(500)
    postFromEmbed(embedMessage.created('tk-50', { isAutoAssociated: true }))

    expect(await screen.findByText("Ticket created, but the list couldn't be refreshed")).toBeTruthy()
    expect(screen.queryByTestId('ticket-embed-panel')).toBeNull()
  })

  it('a new contact gets a fresh section: its own list, and no panel left open from the previous one', async () => {
    crm.backend.addTicket(makeTicket('tk-1', 'First contact ticket'), CONTACT.id)
    crm.backend.addTicket(makeTicket('tk-2', 'Second contact ticket'), 'cus-2002')
    const contact = ref<TicketContact>(CONTACT)
    const pinia = createTestingPinia({ createSpy: vi.fn, stubActions: false })
    const Page = defineComponent({ setup: () => () => h(AssociatedTickets, { contact: contact.value }) })
    render(Page, {
      global: { plugins: [pinia, createTicketEmbed({ embedBaseUrl: 'https://crm.test', crmApiBaseUrl: CRM_API })], stubs: { MpIcon: true } },
    })
    await screen.findByText('First contact ticket')
    await fireEvent.click(screen.getByRole('button', { name: 'Add ticket' }))
    await fireEvent.click(screen.getByRole('button', { name: 'Associate existing' }))
    expect(screen.getByRole('region', { name: 'Associate existing ticket' })).toBeTruthy()

    contact.value = { id: 'cus-2002', name: 'Budi Santoso' }

    expect(await screen.findByText('Second contact ticket')).toBeTruthy()
    expect(screen.queryByText('First contact ticket')).toBeNull()
    expect(screen.queryByRole('region', { name: 'Associate existing ticket' })).toBeNull()
  })

  it('leaves nothing behind when unmounted: requests aborted, message listener gone, no timer', async () => {
    useStatechartClock()
    const release = crm.backend.holdLists()
    const { unmount, onMessage, track } = mountTickets()
    await settle(3)
    await openCreatePanel()
    const frame = getFrame()
    const frameWindow = frame.contentWindow

    unmount()

    expect(signalOf(crm.backend.listFetches()[0])?.aborted).toBe(true)
    window.dispatchEvent(new MessageEvent('message', { data: embedMessage.ready(), origin: 'https://crm.test', source: frameWindow }))
    await nextTick()
    expect(onMessage).not.toHaveBeenCalled()
    // jsdom's focus() queues a 0 ms selection task of its own; after it, no timer is left.
    await vi.advanceTimersByTimeAsync(0)
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(track).not.toHaveBeenCalledWith('[Qontak One] [Customer] Create Ticket Embed Timeout', expect.anything())
    release()
  })
})
