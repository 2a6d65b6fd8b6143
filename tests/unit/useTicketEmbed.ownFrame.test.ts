import { effectScope } from 'vue'
import { useTicketEmbed } from '../../composables/useTicketEmbed'
import { CUSTOMER, EMBED_ORIGIN, EMBED_URL } from '../support/machineHarness'
import { mountPanelHost } from '../support/panelHost'

/**
 * TCKT-S02/ERR-2: a message counts as the embed's only when it comes from this panel's own iframe
 * window. An unbound iframe ref is no window at all, so nothing can match it — not even a message
 * whose `source` is `null` (what a closed or detached frame leaves behind).
 */
const READY = { type: 'EMBED_READY', version: 1 }
const post = (source: MessageEventSource | null) => window.dispatchEvent(new MessageEvent('message', { data: READY, origin: EMBED_ORIGIN, source }))

describe('useTicketEmbed own-frame check', () => {
  it('TCKT-S02/ERR-2: drops a message with source null from the embed origin while the iframe ref is unbound', () => {
    const onMessage = vi.fn()
    const scope = effectScope()
    const embed = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER, onMessage }))!
    embed.open()
    expect(embed.iframe.value).toBeNull()
    post(null)
    post(window)
    expect(embed.state.value).toBe('loading')
    expect(onMessage.mock.calls.map(([entry]) => [entry.accepted, entry.reason])).toEqual([
      [false, 'not-own-frame'],
      [false, 'not-own-frame'],
    ])
    scope.stop()
  })

  it('TCKT-S02/ERR-2: drops a message with source null while the bound iframe has no window (detached)', async () => {
    const onMessage = vi.fn()
    const host = mountPanelHost({ onMessage })
    host.embed.open()
    await Promise.resolve()
    const frame = document.createElement('iframe') // never attached: contentWindow is null
    host.embed.iframe.value = frame
    expect(frame.contentWindow).toBeNull()
    post(null)
    expect(host.embed.state.value).toBe('loading')
    expect(onMessage).toHaveBeenLastCalledWith(expect.objectContaining({ accepted: false, reason: 'not-own-frame' }))
    host.wrapper.unmount()
  })

  it('accepts the same message from the bound iframe window', async () => {
    const host = mountPanelHost()
    await host.openReady()
    expect(host.embed.state.value).toBe('ready')
    host.wrapper.unmount()
  })

  it('logs nothing and drops silently without onMessage', () => {
    const scope = effectScope()
    const embed = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER }))!
    embed.open()
    expect(() => post(null)).not.toThrow()
    expect(embed.state.value).toBe('loading')
    scope.stop()
  })
})
