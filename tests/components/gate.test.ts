import { createTestingPinia } from '@pinia/testing'
import { fireEvent, screen, within } from '@testing-library/vue'
import { createPinia, defineStore, setActivePinia } from 'pinia'
import { effectScope, nextTick } from 'vue'
import { CREATE_TICKET_PERMISSION_KEY } from '../../composables/ticketEmbedConfig'
import { useCreateTicketGate } from '../../composables/useCreateTicketGate'
import { useFeatureFlagsStore } from '../../stores'
import { settle, useCrmServer } from './support/crmServer'
import { makeTicket } from './support/crmBackend'
import { CONTACT, mountTickets, openAssociatePanel, openMenu, type FlagSetup, type PermissionSetup } from './support/mountTickets'

const crm = useCrmServer()
const menuItem = (name: string) => screen.queryByRole('button', { name })

const COMBINATIONS: { name: string; permission: PermissionSetup; flag: FlagSetup; canCreate: boolean }[] = [
  { name: 'permission enabled + flag on', permission: 'enabled', flag: 'on', canCreate: true },
  { name: 'TCKT-S07-NEG/NEG-1: permission disabled + flag on', permission: 'disabled', flag: 'on', canCreate: false },
  { name: 'TCKT-S07-NEG/NEG-2: permission enabled + flag off', permission: 'enabled', flag: 'off', canCreate: false },
  { name: 'TCKT-S07-NEG/NEG-1, NEG-2: permission disabled + flag off', permission: 'disabled', flag: 'off', canCreate: false },
  { name: 'TCKT-S07-NEG: no user store', permission: 'missing-store', flag: 'on', canCreate: false },
  { name: 'TCKT-S07-NEG: no customer_360 group', permission: 'missing-group', flag: 'on', canCreate: false },
  { name: 'TCKT-S07-NEG: no feature-flags store', permission: 'enabled', flag: 'missing-store', canCreate: false },
]

describe('the "+" menu behind the create-ticket gate', () => {
  it.each(COMBINATIONS)('$name: "Create Ticket" offered = $canCreate; "Associate existing" offered and working', async ({ permission, flag, canCreate }) => {
    crm.backend.addTicket(makeTicket('tk-7', 'Damaged goods'))
    mountTickets({ permission, flag })
    await settle()
    await openMenu()

    expect(menuItem('Create Ticket') !== null).toBe(canCreate)
    expect(menuItem('Associate existing')).not.toBeNull()

    await fireEvent.click(menuItem('Associate existing')!)
    const panel = screen.getByRole('region', { name: 'Associate existing ticket' })
    await fireEvent.update(within(panel).getByRole('searchbox', { name: 'Search tickets' }), 'damaged')
    await fireEvent.submit(within(panel).getByRole('search'))
    const result = await within(panel).findByTestId('associate-result')
    await fireEvent.click(within(result).getByRole('button', { name: 'Link' }))

    expect(await screen.findByText('Ticket linked to the customer')).toBeTruthy()
    expect(await screen.findByTestId('ticket-row')).toBeTruthy()
    expect(crm.backend.posts()).toEqual([{ method: 'POST', path: `/v1/leads/${CONTACT.id}/tickets/tk-7` }])
    expect(screen.queryByRole('region', { name: 'Associate existing ticket' })).toBeNull()
  })

  it('"Associate existing" says so when nothing matches, and its back arrow returns to the list', async () => {
    mountTickets()
    await settle()
    await openAssociatePanel()
    const panel = screen.getByRole('region', { name: 'Associate existing ticket' })
    await fireEvent.submit(within(panel).getByRole('search'))
    expect(await within(panel).findByText('No matching tickets.')).toBeTruthy()

    await fireEvent.click(within(panel).getByRole('button', { name: 'Back' }))
    expect(screen.queryByRole('region', { name: 'Associate existing ticket' })).toBeNull()
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add ticket' })))
  })

  it('follows the flag while mounted: turning it on offers "Create Ticket" without a reload', async () => {
    const { pinia } = mountTickets({ flag: 'off' })
    await openMenu()
    expect(menuItem('Create Ticket')).toBeNull()

    useFeatureFlagsStore(pinia).setFlag('cdp_create_ticket_embed', true)
    await nextTick()

    expect(menuItem('Create Ticket')).not.toBeNull()
  })

  it('an embed base URL that is not https hides "Create Ticket" even with permission and flag', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    mountTickets({ config: { embedBaseUrl: 'http://crm.example.com' } })
    await openMenu()
    expect(menuItem('Create Ticket')).toBeNull()
    expect(menuItem('Associate existing')).not.toBeNull()
    expect(error).toHaveBeenCalled()
  })
})

describe('useCreateTicketGate', () => {
  const grant = (name = CREATE_TICKET_PERMISSION_KEY, enabled: unknown = true) => ({
    permissions: { customer_360: { permissions: [{ name, is_enabled: enabled }] } },
  })
  const flagOn = { featureFlags: { cdp_create_ticket_embed: true } }

  function gate(pinia: ReturnType<typeof createPinia>, options: { permissionKey?: string; embedUrl?: string } = {}) {
    const scope = effectScope()
    // The embed URL a configured host would have; without it (no config) the gate stays closed.
    const result = scope.run(() => useCreateTicketGate({ pinia, embedUrl: 'https://crm.example.com/embed/ticket/create', ...options }))!
    return { ...result, stop: () => scope.stop() }
  }

  it('reads a host app\'s own stores with these ids, and leaves their actions alone', () => {
    const useHostUser = defineStore('user', { state: () => ({ ...grant(), name: 'Agent' }), actions: { signOut() {} } })
    const useHostFlags = defineStore('feature-flags', { state: () => ({ ...flagOn, other: true }), actions: { load() {} } })
    const pinia = createPinia()
    setActivePinia(pinia)
    useHostUser(pinia)
    useHostFlags(pinia)

    expect(gate(pinia).canCreateTicket.value).toBe(true)
    expect(typeof useHostUser(pinia).signOut).toBe('function')
    expect(typeof useHostFlags(pinia).load).toBe('function')
  })

  it('never creates a store itself: a host store created later is the one that counts, and the gate follows it', () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const { canCreateTicket } = gate(pinia)
    expect(canCreateTicket.value).toBe(false)

    const useHostUser = defineStore('user', { state: () => grant(), actions: { signOut() {} } })
    const useHostFlags = defineStore('feature-flags', { state: () => flagOn })
    useHostUser(pinia)
    useHostFlags(pinia)

    expect(canCreateTicket.value).toBe(true)
    expect(typeof useHostUser(pinia).signOut).toBe('function')
  })

  it('works with createTestingPinia initialState', () => {
    const pinia = createTestingPinia({ initialState: { user: grant(), 'feature-flags': flagOn }, createSpy: vi.fn, stubActions: false })
    defineStore('user', { state: () => ({ permissions: {} }) })(pinia)
    defineStore('feature-flags', { state: () => ({ featureFlags: {} }) })(pinia)
    expect(gate(pinia).canCreateTicket.value).toBe(true)
  })

  it.each([
    ['no permissions at all', { permissions: undefined }],
    ['a group that is not an object', { permissions: { customer_360: 'yes' } }],
    ['permissions that are not a list', { permissions: { customer_360: { permissions: { name: CREATE_TICKET_PERMISSION_KEY } } } }],
    ['is_enabled as the string "true"', grant(CREATE_TICKET_PERMISSION_KEY, 'true')],
    ['another permission enabled', grant('view_tickets')],
    ['a null entry', { permissions: { customer_360: { permissions: [null] } } }],
  ])('%s reads as false', (_, userState) => {
    const pinia = createPinia()
    pinia.state.value = { user: userState, 'feature-flags': flagOn }
    expect(gate(pinia).canCreateTicket.value).toBe(false)
  })

  it('a store whose fields throw reads as false instead of throwing', () => {
    const pinia = createPinia()
    const hostile = {}
    Object.defineProperty(hostile, 'permissions', { enumerable: true, get: () => { throw new Error('boom') } })
    pinia.state.value = { user: hostile, 'feature-flags': flagOn }
    expect(() => gate(pinia).canCreateTicket.value).not.toThrow()
    expect(gate(pinia).canCreateTicket.value).toBe(false)
  })

  it('a flag inherited from a polluted prototype does not count', () => {
    const pinia = createPinia()
    pinia.state.value = { user: grant(), 'feature-flags': { featureFlags: Object.create({ cdp_create_ticket_embed: true }) } }
    expect(gate(pinia).canCreateTicket.value).toBe(false)
  })

  it('the permission key is overridable (OQ-4)', () => {
    const pinia = createPinia()
    pinia.state.value = { user: grant('ticket.create'), 'feature-flags': flagOn }
    expect(gate(pinia).canCreateTicket.value).toBe(false)
    expect(gate(pinia, { permissionKey: 'ticket.create' }).canCreateTicket.value).toBe(true)
  })

  it('an invalid embed URL closes the gate', () => {
    const pinia = createPinia()
    pinia.state.value = { user: grant(), 'feature-flags': flagOn }
    expect(gate(pinia, { embedUrl: 'https://crm.test/embed/ticket/create' }).canCreateTicket.value).toBe(true)
    expect(gate(pinia, { embedUrl: 'javascript:alert(1)' }).canCreateTicket.value).toBe(false)
    expect(gate(pinia, { embedUrl: 'http://crm.example.com/embed/ticket/create' }).canCreateTicket.value).toBe(false)
  })

  it('without any Pinia it is false', () => {
    setActivePinia(undefined)
    const scope = effectScope()
    const { canCreateTicket } = scope.run(() => useCreateTicketGate())!
    expect(canCreateTicket.value).toBe(false)
    scope.stop()
  })
})
