import { createTestingPinia } from '@pinia/testing'
import { toast } from '@mekari/pixel3'
import { fireEvent, render, screen } from '@testing-library/vue'
import { defineComponent, effectScope, h } from 'vue'
import AssociatedTickets from '../../components/AssociatedTickets.vue'
import { notifyWithPixelToast } from '../../components/notifyWithPixelToast'
import {
  CREATE_TICKET_PERMISSION_KEY,
  MISSING_CONFIG_MESSAGE,
  provideTicketEmbedConfig,
  resolveTicketEmbedConfig,
  useTicketEmbedConfig,
} from '../../composables/ticketEmbedConfig'
import { forgetReported } from '../../composables/reportOnce'
import { TICKET_EMBED_MESSAGES, formatMessage, resolveMessages } from '../../composables/i18n'
import { useFeatureFlagsStore, useUserStore } from '../../stores'
import { settle, useCrmServer } from './support/crmServer'
import { CRM_API, makeTicket } from './support/crmBackend'
import { CONTACT, EMBED_BASE, embedMessage, mountTickets, openCreatePanel, openMenu, postFromEmbed } from './support/mountTickets'

const crm = useCrmServer()

describe('ticket-embed config', () => {
  it('uses a placeholder permission key until OQ-4 is answered', () => {
    expect(CREATE_TICKET_PERMISSION_KEY).toBe('create_ticket_embed')
    expect(resolveTicketEmbedConfig({ embedBaseUrl: EMBED_BASE, crmApiBaseUrl: CRM_API }).permissionKey).toBe(CREATE_TICKET_PERMISSION_KEY)
  })

  it('without a provided config there are no localhost defaults: the console names the plugin, requests are refused', async () => {
    forgetReported()
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const scope = effectScope()
    const config = scope.run(() => useTicketEmbedConfig())!
    expect(config.embedUrl).toBe('')
    expect(config.problems).toEqual([MISSING_CONFIG_MESSAGE])
    expect(error).toHaveBeenCalledWith(MISSING_CONFIG_MESSAGE)
    await expect(config.crm.listTickets('cus-1')).rejects.toThrow('app.use(createTicketEmbed(')
    scope.stop()
  })

  it('builds the embed URL from the base URL, trailing slashes ignored', () => {
    expect(resolveTicketEmbedConfig({ embedBaseUrl: 'https://crm.example.com/', crmApiBaseUrl: CRM_API }).embedUrl).toBe(
      'https://crm.example.com/embed/ticket/create',
    )
  })

  it('provideTicketEmbedConfig gives the config to the section below it', async () => {
    crm.backend.addTicket(makeTicket('tk-1', 'Refund'), CONTACT.id)
    const pinia = createTestingPinia({ createSpy: vi.fn, stubActions: false })
    useUserStore(pinia).setPermission('customer_360', CREATE_TICKET_PERMISSION_KEY, true)
    useFeatureFlagsStore(pinia).setFlag('cdp_create_ticket_embed', true)
    const Page = defineComponent({
      setup() {
        provideTicketEmbedConfig({ embedBaseUrl: EMBED_BASE, crmApiBaseUrl: CRM_API, locale: 'id' })
        return () => h(AssociatedTickets, { contact: CONTACT })
      },
    })
    render(Page, { global: { plugins: [pinia], stubs: { MpIcon: true } } })
    expect(await screen.findByText('Refund')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Tiket' })).toBeTruthy()
  })

  it('locale "id" shows Indonesian strings, and sends the locale to the embed', async () => {
    const { onMessage } = mountTickets({ config: { locale: 'id' } })
    await settle()
    expect(screen.getByRole('heading', { name: 'Tiket' })).toBeTruthy()
    expect(screen.getByText('Belum ada tiket untuk pelanggan ini.')).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Tambah tiket' }))
    expect(screen.getByRole('button', { name: 'Kaitkan tiket yang ada' })).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: 'Buat Tiket' }))
    const frame = screen.getByTitle('Buat Tiket') as HTMLIFrameElement
    expect(screen.getByRole('region', { name: `Buat tiket untuk ${CONTACT.name}` })).toBeTruthy()

    postFromEmbed(embedMessage.ready(), { source: frame.contentWindow })
    expect(onMessage).toHaveBeenCalledWith(
      expect.objectContaining({ direction: 'out', type: 'EMBED_INIT', data: expect.objectContaining({ locale: 'id', qontakCustomerId: CONTACT.id }) }),
    )
  })

  it('single strings can be overridden, the rest stays in the chosen locale', async () => {
    mountTickets({ config: { messages: { sectionTitle: 'Support tickets', createTicket: 'New ticket' } } })
    await settle()
    expect(screen.getByRole('heading', { name: 'Support tickets' })).toBeTruthy()
    await openMenu()
    expect(screen.getByRole('button', { name: 'New ticket' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Associate existing' })).toBeTruthy()
  })

  it('the panel takes the analytics and fetch the host supplies', async () => {
    const calls: string[] = []
    // The host's own fetch (auth headers, tracing): it still goes out through the real fetch.
    const hostFetch: typeof fetch = (input, init) => {
      calls.push(String(input))
      return globalThis.fetch(input, init)
    }
    const { track } = mountTickets({ config: { fetch: hostFetch } })
    await settle()
    expect(calls).toEqual([`${CRM_API}/v1/leads/${CONTACT.id}/tickets`])
    await openCreatePanel()
    expect(track).toHaveBeenCalledWith('[Qontak One] [Customer] Create Ticket Embed Opened', { contact_id: CONTACT.id })
  })
})

describe('notifyWithPixelToast (the default notify)', () => {
  it.each([
    ['success', 'success'],
    ['error', 'error'],
    // pixel3 0.3.1 draws success and error only; a warning needs attention, so it is drawn as error.
    ['warning', 'error'],
  ] as const)('%s is shown as pixel3 %s', (variant, drawnAs) => {
    const notify = vi.spyOn(toast, 'notify').mockImplementation(() => undefined)
    // What <MpToastManager/> renders: pixel3 shows nothing without it.
    const manager = document.body.appendChild(document.createElement('ol'))
    manager.setAttribute('data-sonner-toaster', '')
    notifyWithPixelToast({ title: 'Hello', variant, key: 'test' })
    manager.remove()
    expect(notify).toHaveBeenCalledWith({ title: 'Hello', variant: drawnAs, position: 'top-center' })
  })
})

describe('strings', () => {
  it('English and Indonesian have the same keys, none empty', () => {
    const keys = Object.keys(TICKET_EMBED_MESSAGES.en).sort()
    expect(Object.keys(TICKET_EMBED_MESSAGES.id).sort()).toEqual(keys)
    for (const locale of ['en', 'id'] as const) {
      for (const key of keys) expect(TICKET_EMBED_MESSAGES[locale][key as keyof typeof TICKET_EMBED_MESSAGES.en].trim()).not.toBe('')
    }
  })

  it('an unknown locale falls back to English, and non-string overrides are ignored', () => {
    expect(resolveMessages('fr').sectionTitle).toBe('Tickets')
    expect(resolveMessages('id', { sectionTitle: 42 as unknown as string }).sectionTitle).toBe('Tiket')
  })

  it('formatMessage fills known placeholders only and inserts values as they are', () => {
    expect(formatMessage('Ticket #{id} for {name}', { id: 'tk-1' })).toBe('Ticket #tk-1 for {name}')
    expect(formatMessage('{name}', { name: '<b>x</b>' })).toBe('<b>x</b>')
  })
})
