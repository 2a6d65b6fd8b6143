import { render, screen } from '@testing-library/vue'
import { defineComponent, h, nextTick } from 'vue'
import TicketEmbedPanel from '../../components/TicketEmbedPanel.vue'
import { useTicketEmbed, type UseTicketEmbedReturn } from '../../composables/useTicketEmbed'
import { useCrmServer } from './support/crmServer'
import { embedMessage, mountTickets, openCreatePanel, postFromEmbed } from './support/mountTickets'

useCrmServer()
const MARKUP = '<img src=x onerror=alert(1)>'

describe('the error message of TICKET_CREATE_ERROR', () => {
  it('a message carrying markup is dropped at the protocol boundary (bad-field:errorMessage) and changes nothing', async () => {
    const { onMessage } = mountTickets()
    await openCreatePanel()
    postFromEmbed(embedMessage.ready())
    await nextTick()

    postFromEmbed(embedMessage.createError('SERVER_ERROR', MARKUP))
    await nextTick()

    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByTestId('ticket-embed-panel').dataset.state).toBe('ready')
    expect(onMessage).toHaveBeenLastCalledWith(
      expect.objectContaining({ direction: 'in', type: 'TICKET_CREATE_ERROR', accepted: false, reason: 'bad-field:errorMessage' }),
    )
    expect(document.querySelector('img')).toBeNull()
  })

  it('TCKT-S03/ERR-2: a plain error message is shown in the inline error with its code', async () => {
    mountTickets()
    await openCreatePanel()
    postFromEmbed(embedMessage.ready())
    postFromEmbed(embedMessage.createError('AUTH_REQUIRED', 'Your CRM session has expired.'))
    await nextTick()

    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Your CRM session has expired.')
    expect(alert.textContent).toContain('Error code: AUTH_REQUIRED')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy()
  })

  it('markup that reaches the statechart some other way is still rendered as literal text, never as HTML', async () => {
    let embed: UseTicketEmbedReturn | undefined
    const Host = defineComponent({
      setup() {
        embed = useTicketEmbed({ embedUrl: 'https://crm.test/embed/ticket/create', customer: { qontakCustomerId: 'cus-1001' } })
        return () => h(TicketEmbedPanel, { embed: embed! })
      },
    })
    render(Host, { global: { stubs: { MpIcon: true } } })
    embed!.open()
    await nextTick()

    // Straight into the machine, past the parser that would have refused it.
    embed!.actorRef.send({
      type: 'embed.createError',
      origin: 'https://crm.test',
      fromOwnFrame: true,
      version: 1,
      message: { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'SERVER_ERROR', errorMessage: MARKUP },
    })
    await nextTick()

    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain(MARKUP)
    expect(alert.querySelector('img')).toBeNull()
    expect(document.querySelector('img')).toBeNull()
  })
})
