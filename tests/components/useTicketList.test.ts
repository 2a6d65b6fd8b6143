import { effectScope, ref, type MaybeRefOrGetter } from 'vue'
import { createCrmClient } from '../../api'
import { useTicketList } from '../../composables/useTicketList'
import { settle, useCrmServer } from './support/crmServer'
import { CRM_API, makeTicket, signalOf } from './support/crmBackend'

const crm = useCrmServer()

function withList(contactId: MaybeRefOrGetter<string>, immediate = true) {
  const scope = effectScope()
  const list = scope.run(() => useTicketList(contactId, { crm: createCrmClient({ baseUrl: CRM_API }), immediate }))!
  return { ...list, stop: () => scope.stop() }
}

describe('useTicketList', () => {
  it('fetches the contact\'s tickets through the CRM client', async () => {
    crm.backend.addTicket(makeTicket('tk-1', 'Refund'), 'cus-1')
    const list = withList('cus-1')
    expect(list.loading.value).toBe(true)
    await vi.waitFor(() => expect(list.loading.value).toBe(false))
    expect(list.tickets.value.map((ticket) => ticket.id)).toEqual(['tk-1'])
    expect(list.error.value).toBeNull()
    list.stop()
  })

  it('aborts the request in flight when refreshed, and only the newest answer is kept', async () => {
    const release = crm.backend.holdLists()
    const list = withList('cus-1')
    await settle(3)
    const refreshed = list.refresh()
    await settle(3)

    const [first, second] = crm.backend.listFetches()
    expect(signalOf(first)?.aborted).toBe(true)
    expect(signalOf(second)?.aborted).toBe(false)

    crm.backend.addTicket(makeTicket('tk-2', 'New'), 'cus-1')
    release()
    await refreshed
    expect(list.tickets.value.map((ticket) => ticket.id)).toEqual(['tk-2'])
    expect(list.loading.value).toBe(false)
    list.stop()
  })

  it('aborts the request in flight when its scope ends, and writes nothing afterwards', async () => {
    const release = crm.backend.holdLists()
    crm.backend.addTicket(makeTicket('tk-3', 'Late'), 'cus-1')
    const list = withList('cus-1')
    await settle(3)

    list.stop()

    expect(signalOf(crm.backend.listFetches()[0])?.aborted).toBe(true)
    release()
    await settle()
    expect(list.tickets.value).toEqual([])
    await expect(list.refresh()).resolves.toBeUndefined()
    expect(crm.backend.listFetches()).toHaveLength(1)
  })

  it('keeps the failure, and refresh() rejects with it so a caller can tell the agent', async () => {
    crm.backend.failNextLists(500, 500)
    const list = withList('cus-1')
    await vi.waitFor(() => expect(list.error.value).not.toBeNull())
    expect((list.error.value as { status?: number }).status).toBe(500)

    await expect(list.refresh()).rejects.toMatchObject({ status: 500 })
    await expect(list.refresh()).resolves.toBeUndefined()
    expect(list.error.value).toBeNull()
    list.stop()
  })

  it('fetches again when a reactive contact id changes', async () => {
    crm.backend.addTicket(makeTicket('tk-a', 'A'), 'cus-a')
    crm.backend.addTicket(makeTicket('tk-b', 'B'), 'cus-b')
    const contactId = ref('cus-a')
    const list = withList(contactId)
    await vi.waitFor(() => expect(list.tickets.value.map((ticket) => ticket.id)).toEqual(['tk-a']))
    contactId.value = 'cus-b'
    await vi.waitFor(() => expect(list.tickets.value.map((ticket) => ticket.id)).toEqual(['tk-b']))
    list.stop()
  })

  it('an invalid contact id is an error state, with no request sent', async () => {
    const list = withList('../admin')
    await vi.waitFor(() => expect(list.error.value).toBeInstanceOf(TypeError))
    expect(crm.backend.seen).toEqual([])
    list.stop()
  })
})

describe('useTicketList: a created ticket listed at once', () => {
  it('LIST-1: showCreated lists it before the CRM does; the first fetch that starts afterwards replaces it', async () => {
    const list = withList('cus-1')
    await vi.waitFor(() => expect(list.loading.value).toBe(false))
    list.showCreated({ ticketId: 'tk-9', subject: 'Printer on fire', pipelineId: 'pl-it' })
    expect(list.justCreated.value).toEqual([{ id: 'tk-9', subject: 'Printer on fire', pipelineId: 'pl-it' }])

    crm.backend.addTicket(makeTicket('tk-9', 'Printer on fire'), 'cus-1')
    await list.refresh()
    expect(list.justCreated.value).toEqual([])
    expect(list.tickets.value.map((ticket) => ticket.id)).toEqual(['tk-9'])
    list.stop()
  })

  it('LIST-2: a fetch already on its way when the ticket was reported does not drop it', async () => {
    const release = crm.backend.holdLists()
    const list = withList('cus-1')
    await settle(3)
    list.showCreated({ ticketId: 'tk-9' })
    release()
    await vi.waitFor(() => expect(list.loading.value).toBe(false))
    expect(list.justCreated.value.map((row) => row.id)).toEqual(['tk-9'])
    list.stop()
  })

  it('LIST-3: the same ticket twice is listed once, newest first; one already listed is not listed again', async () => {
    crm.backend.addTicket(makeTicket('tk-1', 'Refund'), 'cus-1')
    const list = withList('cus-1')
    await vi.waitFor(() => expect(list.tickets.value).toHaveLength(1))
    list.showCreated({ ticketId: 'tk-8' })
    list.showCreated({ ticketId: 'tk-9' })
    list.showCreated({ ticketId: 'tk-8' })
    list.showCreated({ ticketId: 'tk-1' })
    expect(list.justCreated.value.map((row) => row.id)).toEqual(['tk-8', 'tk-9'])
    list.stop()
  })
})
