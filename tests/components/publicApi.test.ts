import * as api from '../../index'

describe('public API of the Tickets section', () => {
  it('exports the components, config, gate, stores and strings by name', () => {
    for (const name of [
      'AssociatedTickets',
      'TicketEmbedPanel',
      'createTicketEmbed',
      'provideTicketEmbedConfig',
      'useTicketEmbedConfig',
      'notifyWithPixelToast',
      'useCreateTicketGate',
      'useTicketList',
      'useAssociateExisting',
      'useUserStore',
      'useFeatureFlagsStore',
      'resolveMessages',
      'formatMessage',
    ]) {
      expect(api, name).toHaveProperty(name)
    }
    expect(api.CREATE_TICKET_PERMISSION_KEY).toBe('create_ticket_embed')
    expect(api.TICKET_EMBED_MESSAGES.id.createTicket).toBe('Buat Tiket')
  })
})
