import { createTestingPinia } from '@pinia/testing'
import { render, screen } from '@testing-library/vue'
import { defineComponent, h } from 'vue'
import AssociatedTickets from '../../components/AssociatedTickets.vue'
import { MISSING_TOAST_MANAGER_MESSAGE } from '../../components/notifyWithPixelToast'
import { forgetReported } from '../../composables/reportOnce'
import { CREATE_TICKET_PERMISSION_KEY, createTicketEmbed, MISSING_CONFIG_MESSAGE } from '../../composables/ticketEmbedConfig'
import { useFeatureFlagsStore, useUserStore } from '../../stores'
import { settle, useCrmServer } from './support/crmServer'
import { CRM_API } from './support/crmBackend'
import { CONTACT, EMBED_BASE, mountTickets, openMenu } from './support/mountTickets'

useCrmServer()
const menuItem = (name: string) => screen.queryByRole('button', { name })

/** Every console line of one level, as text. */
function consoleLines(level: 'error' | 'info') {
  const spy = vi.spyOn(console, level).mockImplementation(() => undefined)
  return () => spy.mock.calls.map((args) => args.map(String).join(' '))
}

beforeEach(() => forgetReported())

describe('a host that gets the setup wrong: one console line naming the fix, and the page keeps working', () => {
  it('a missing embedBaseUrl: "Create Ticket" is hidden, the list still works', async () => {
    const errors = consoleLines('error')
    mountTickets({ config: { embedBaseUrl: undefined } })
    await settle()
    expect(errors()).toContain("[ticket-embed] embedBaseUrl is missing: pass it to createTicketEmbed({ embedBaseUrl: 'https://crm.example.com', … }).")
    await openMenu()
    expect(menuItem('Create Ticket')).toBeNull()
    expect(screen.getByTestId('ticket-list-empty')).toBeTruthy()
  })

  it('an http: embedBaseUrl outside localhost is refused with the reason', async () => {
    const errors = consoleLines('error')
    mountTickets({ config: { embedBaseUrl: 'http://crm.example.com' } })
    await settle()
    expect(errors()).toContain(
      '[ticket-embed] embedBaseUrl "http://crm.example.com" is refused: it must use https: (http: is allowed on localhost and 127.0.0.1 only). ' +
        "Pass the absolute https: URL, e.g. 'https://crm.example.com'.",
    )
    await openMenu()
    expect(menuItem('Create Ticket')).toBeNull()
  })

  it('a missing crmApiBaseUrl: no request leaves the page, the list shows its error with Retry', async () => {
    const errors = consoleLines('error')
    const hostFetch = vi.fn(globalThis.fetch)
    mountTickets({ config: { crmApiBaseUrl: undefined, fetch: hostFetch } })
    expect(await screen.findByText("Couldn't load the tickets.")).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(hostFetch).not.toHaveBeenCalled()
    expect(errors().filter((line) => line.includes('crmApiBaseUrl'))).toEqual([
      "[ticket-embed] crmApiBaseUrl is missing: pass it to createTicketEmbed({ crmApiBaseUrl: 'https://api.crm.example.com', … }).",
    ])
  })

  it('no config at all: the section renders, and the console names the plugin', async () => {
    const errors = consoleLines('error')
    const pinia = createTestingPinia({ createSpy: vi.fn })
    expect(() => render(AssociatedTickets, { props: { contact: CONTACT }, global: { plugins: [pinia], stubs: { MpIcon: true } } })).not.toThrow()
    await settle()
    expect(screen.getByRole('heading', { name: 'Tickets' })).toBeTruthy()
    expect(errors().filter((line) => line === MISSING_CONFIG_MESSAGE)).toHaveLength(1)
  })

  it('a user store of the wrong shape is named with the shape the gate reads', async () => {
    const errors = consoleLines('error')
    const pinia = createTestingPinia({ initialState: { user: { permissions: ['create_ticket_embed'] } }, createSpy: vi.fn, stubActions: false })
    useUserStore(pinia)
    useFeatureFlagsStore(pinia).setFlag('cdp_create_ticket_embed', true)
    const plugin = createTicketEmbed({ embedBaseUrl: EMBED_BASE, crmApiBaseUrl: CRM_API })
    render(AssociatedTickets, { props: { contact: CONTACT }, global: { plugins: [pinia, plugin], stubs: { MpIcon: true } } })
    await settle()
    expect(errors().filter((line) => line.includes('wrong shape'))).toEqual([
      '[ticket-embed] the "user" Pinia store has the wrong shape for the Create Ticket gate: expected state ' +
        '{ permissions: { customer_360: { permissions: [{ name: string, is_enabled: boolean }] } } }. ' +
        'Map the host\'s permissions into that shape (see "Stores" in the ticket-embed README).',
    ])
  })

  it('no <MpToastManager/>: said once when the section mounts, with the line to add', async () => {
    const errors = consoleLines('error')
    const pinia = createTestingPinia({ createSpy: vi.fn })
    const plugin = createTicketEmbed({ embedBaseUrl: EMBED_BASE, crmApiBaseUrl: CRM_API })
    const Page = defineComponent({ setup: () => () => h('main', [h(AssociatedTickets, { contact: CONTACT }), h(AssociatedTickets, { contact: { ...CONTACT, id: 'cus-2' } })]) })
    render(Page, { global: { plugins: [pinia, plugin], stubs: { MpIcon: true } } })
    await settle()
    expect(errors().filter((line) => line === MISSING_TOAST_MANAGER_MESSAGE)).toHaveLength(1)
  })

  it('with <MpToastManager/> nothing is said about toasts', async () => {
    const errors = consoleLines('error')
    mountTickets()
    await settle()
    expect(errors().filter((line) => line.includes('MpToastManager'))).toEqual([])
  })
})

describe('in development, a closed gate says once which condition closed it', () => {
  it.each([
    ['flag off', { flag: 'off' as const }, 'the feature flag "cdp_create_ticket_embed" is not true in the "feature-flags" store.'],
    [
      'permission off',
      { permission: 'disabled' as const },
      `the permission "${CREATE_TICKET_PERMISSION_KEY}" is not enabled in the "user" store's customer_360 group (set permissionKey if the host names it differently).`,
    ],
    ['no feature-flags store', { flag: 'missing-store' as const }, 'there is no "feature-flags" Pinia store'],
    ['no user store', { permission: 'missing-store' as const }, 'there is no "user" Pinia store'],
  ])('%s', async (_, setup, reason) => {
    const infos = consoleLines('info')
    mountTickets(setup)
    await settle()
    await openMenu()
    await openMenu()
    const lines = infos().filter((line) => line.startsWith('[ticket-embed] "Create Ticket" is hidden: '))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(reason)
  })

  it('a production build says nothing about a closed gate (no permission is normal there)', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const infos = consoleLines('info')
    mountTickets({ flag: 'off' })
    await settle()
    vi.unstubAllEnvs()
    expect(infos().filter((line) => line.includes('is hidden'))).toEqual([])
  })

  it('an open gate says nothing', async () => {
    const infos = consoleLines('info')
    mountTickets()
    await settle()
    expect(infos().filter((line) => line.includes('is hidden'))).toEqual([])
  })
})
