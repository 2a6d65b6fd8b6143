import * as root from '../../index'
import * as pixel3 from '../../pixel3'

describe('public API', () => {
  it('the root entry is headless: protocol, machine, composables, stores, CRM client and strings by name', () => {
    for (const name of [
      'parseEmbedMessage',
      'parseHostMessage',
      'ticketEmbedMachine',
      'useTicketEmbed',
      'usePendingLinks',
      'createTicketEmbed',
      'provideTicketEmbedConfig',
      'useTicketEmbedConfig',
      'useCreateTicketGate',
      'useTicketList',
      'useAssociateExisting',
      'useUserStore',
      'useFeatureFlagsStore',
      'createCrmClient',
      'resolveMessages',
      'formatMessage',
    ]) {
      expect(root, name).toHaveProperty(name)
    }
    expect(root.CREATE_TICKET_PERMISSION_KEY).toBe('create_ticket_embed')
    expect(root.TICKET_EMBED_MESSAGES.id.createTicket).toBe('Buat Tiket')
    for (const name of ['AssociatedTickets', 'TicketEmbedPanel', 'notifyWithPixelToast']) expect(root, name).not.toHaveProperty(name)
  })

  it('ticket-embed/pixel3 has the components, pixel3 toasts and the plugin', () => {
    for (const name of ['AssociatedTickets', 'TicketEmbedPanel', 'notifyWithPixelToast', 'createTicketEmbed', 'provideTicketEmbedConfig']) {
      expect(pixel3, name).toHaveProperty(name)
    }
    expect(pixel3.createTicketEmbed).toBe(root.createTicketEmbed)
  })
})
