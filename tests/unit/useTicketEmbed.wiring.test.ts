import { effectScope, nextTick } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import { useTicketEmbed } from '../../composables/useTicketEmbed'
import { pendingLinksKey } from '../../composables/usePendingLinks'
import { toEmbedEvent } from '../../machines/embedEvents'
import { CUSTOMER, EMBED_ORIGIN, EMBED_URL, deferred, httpError } from '../support/machineHarness'
import { mountPanelHost } from '../support/panelHost'

/**
 * How `useTicketEmbed` wires its options into the statechart and the page: which options reach
 * the machine, what the message log records, what the console says, and what a host that drives
 * `actorRef` by hand gets.
 */
let wrapper: VueWrapper | undefined
const NOW = Date.UTC(2026, 10, 29, 10, 0, 0)

beforeEach(() => {
  vi.useFakeTimers({ now: NOW })
  sessionStorage.clear()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
})

const READY = { type: 'EMBED_READY', version: 1 } as const

describe('useTicketEmbed wiring', () => {
  it('passes readyTimeoutMs to the machine', async () => {
    const host = mountPanelHost({ readyTimeoutMs: 500 })
    wrapper = host.wrapper
    host.embed.open()
    await vi.advanceTimersByTimeAsync(499)
    expect(host.embed.state.value).toBe('loading')
    await vi.advanceTimersByTimeAsync(1)
    expect(host.embed.state.value).toBe('error')
  })

  it("passes fallbackAssociate to the machine ('never': no POST)", async () => {
    const associate = vi.fn(async () => undefined)
    const host = mountPanelHost({ associate, fallbackAssociate: 'never' })
    wrapper = host.wrapper
    await host.openReady()
    host.post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1' })
    await vi.advanceTimersByTimeAsync(0)
    expect(associate).not.toHaveBeenCalled()
    expect(host.embed.snapshot.value.context.linkStatus).toBe('skipped')
  })

  it('without an associate function the link fails with a message saying so, and the ticket is kept', async () => {
    const host = mountPanelHost()
    wrapper = host.wrapper
    await host.openReady()
    host.post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', pipelineId: 'pl-1' })
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.snapshot.value.context.associateFailure).toStrictEqual({ message: 'no associate function is configured' })
    await vi.advanceTimersByTimeAsync(3_000) // the two backoffs: the error has no status, so it is retried
    expect(host.embed.state.value).toBe('hidden')
    expect(host.embed.pendingLinks.value).toStrictEqual([{ ticketId: 'TCK-1', pipelineId: 'pl-1', createdAt: new Date(NOW + 3_000).toISOString() }]) // kept when it failed
  })

  it('forgets a ticket kept pending once the machine links it with a 409 (already linked)', async () => {
    const attempt = deferred()
    const host = mountPanelHost({ associate: () => attempt.promise })
    wrapper = host.wrapper
    await host.openReady()
    host.post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1' })
    window.dispatchEvent(new Event('pagehide'))
    expect(host.embed.pendingLinks.value.map((link) => link.ticketId)).toEqual(['TCK-1'])
    attempt.reject(httpError(409))
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.pendingLinks.value).toEqual([])
    expect(sessionStorage.getItem(pendingLinksKey(CUSTOMER.qontakCustomerId))).toBeNull()
  })

  it('keeps a ticket pending when the link fails, even though the machine retried it', async () => {
    const host = mountPanelHost({ associate: async () => Promise.reject(httpError(400)) })
    wrapper = host.wrapper
    await host.openReady()
    host.post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1' })
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.snapshot.value.context.linkStatus).toBe('failed')
    expect(host.embed.pendingLinks.value.map((link) => link.ticketId)).toEqual(['TCK-1'])
  })

  it('logs each message with the time it was seen, what was dropped with its data and type', async () => {
    const onMessage = vi.fn()
    const host = mountPanelHost({ onMessage })
    wrapper = host.wrapper
    await host.openReady()
    host.post({ type: 'TICKET_CREATED', version: 1, ticketId: '../x' })
    const [inbound, outbound, dropped] = onMessage.mock.calls.map(([entry]) => entry)
    expect(inbound).toStrictEqual({ direction: 'in', origin: EMBED_ORIGIN, type: 'EMBED_READY', accepted: true, data: READY, at: NOW })
    expect(outbound).toStrictEqual({
      direction: 'out',
      origin: EMBED_ORIGIN,
      type: 'EMBED_INIT',
      accepted: true,
      data: { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'cus-1001', contactName: 'Rina Wijaya' },
      at: NOW,
    })
    expect(dropped).toStrictEqual({
      direction: 'in',
      origin: EMBED_ORIGIN,
      type: 'TICKET_CREATED',
      accepted: false,
      reason: 'bad-field:ticketId',
      data: { type: 'TICKET_CREATED', version: 1, ticketId: '../x' },
      at: NOW,
    })
  })

  it('a trusted ready sent by hand while no iframe is bound warns what to fix and sends nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const onMessage = vi.fn()
    const scope = effectScope()
    const embed = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER, onMessage }))!
    embed.open()
    expect(() => embed.actorRef.send(toEmbedEvent(READY, { origin: EMBED_ORIGIN, fromOwnFrame: true, version: 1 }))).not.toThrow()
    expect(embed.state.value).toBe('ready')
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('Bind the `iframe` ref to the <iframe>'))
    expect(onMessage).not.toHaveBeenCalled()
    scope.stop()
  })

  it('says on the console when the panel stops on an unexpected error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const scope = effectScope()
    const embed = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER }))!
    embed.open()
    embed.actorRef.send(toEmbedEvent(READY, { origin: EMBED_ORIGIN, fromOwnFrame: true, version: 1 }))
    // A hand-made event without its message breaks a guard: the actor stops with an error.
    embed.actorRef.send({ type: 'embed.ticketCreated', origin: EMBED_ORIGIN, fromOwnFrame: true, version: 1 } as never)
    expect(error).toHaveBeenCalledWith('[ticket-embed] the panel stopped on an unexpected error.', expect.any(Error))
    scope.stop()
  })

  it('says nothing on the console for a valid configuration', () => {
    const error = vi.spyOn(console, 'error')
    const warn = vi.spyOn(console, 'warn')
    const host = mountPanelHost({ embedUrl: 'http://127.0.0.1:5174/embed/ticket/create' })
    wrapper = host.wrapper
    expect(host.embed.available.value).toBe(true)
    expect(error).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
  })

  it('names the refused URL and the reason on the console', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const host = mountPanelHost({ embedUrl: 'ws://localhost/embed' })
    wrapper = host.wrapper
    expect(error).toHaveBeenCalledExactlyOnceWith(
      '[ticket-embed] Create Ticket is disabled: embedUrl "ws://localhost/embed" is refused: it must use https: (http: is allowed on localhost and 127.0.0.1 only). Fix the useTicketEmbed options.',
    )
  })

  it('names the refused customer id on the console, and survives a missing customer', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const host = mountPanelHost({ customer: { qontakCustomerId: 'a..b' } })
    host.wrapper.unmount()
    expect(error).toHaveBeenLastCalledWith(
      '[ticket-embed] Create Ticket is disabled: customer.qontakCustomerId "a..b" is not a valid id. Fix the useTicketEmbed options.',
    )
    const scope = effectScope()
    const embed = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: undefined as never }))!
    expect(embed.available.value).toBe(false)
    expect(error).toHaveBeenLastCalledWith(expect.stringContaining('customer.qontakCustomerId "" is not a valid id'))
    scope.stop()
  })

  it.each([
    {
      option: 'onMessage',
      run: (fail: () => never) => {
        const host = mountPanelHost({ onMessage: fail })
        host.embed.open()
        host.post(READY, { origin: 'https://evil.example' })
        return host
      },
    },
    {
      option: 'track',
      run: (fail: () => never) => {
        const host = mountPanelHost({ track: fail })
        host.embed.open()
        return host
      },
    },
    {
      option: 'onSnapshot',
      run: (fail: () => never) => {
        const host = mountPanelHost({ onSnapshot: fail })
        host.embed.open()
        return host
      },
    },
  ])('names a throwing $option option on the console and goes on', ({ option, run }) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const failure = new Error(`${option} broke`)
    const host = run(() => {
      throw failure
    })
    wrapper = host.wrapper
    expect(host.embed.state.value).toBe('loading')
    expect(error).toHaveBeenCalledWith(`[ticket-embed] the "${option}" option threw; ignoring it.`, failure)
  })

  it('counts a load fired in the same task as an iframe bound by hand: its second load is a reload', async () => {
    const scope = effectScope()
    const embed = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER }))!
    const frame = document.body.appendChild(document.createElement('iframe'))
    embed.iframe.value = frame
    embed.open()
    window.dispatchEvent(new MessageEvent('message', { data: READY, origin: EMBED_ORIGIN, source: frame.contentWindow }))
    expect(embed.state.value).toBe('ready')
    // No tick between binding the element and its loads: the listener is on it from the moment it is bound.
    const next = document.body.appendChild(document.createElement('iframe'))
    embed.iframe.value = next
    next.dispatchEvent(new Event('load'))
    next.dispatchEvent(new Event('load'))
    expect(embed.state.value).toBe('loading')
    scope.stop()
    frame.remove()
    next.remove()
  })

  it('hears messages on the window it is given, not on the global one', async () => {
    const target = new EventTarget() as unknown as Window
    const onMessage = vi.fn()
    const scope = effectScope()
    const embed = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER, window: target, onMessage }))!
    embed.open()
    window.dispatchEvent(new MessageEvent('message', { data: READY, origin: EMBED_ORIGIN }))
    expect(onMessage).not.toHaveBeenCalled()
    target.dispatchEvent(new MessageEvent('message', { data: READY, origin: 'https://evil.example' }))
    expect(onMessage).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ reason: 'origin-mismatch' }))
    scope.stop()
  })

  it('used outside any component or effect scope: no Vue warning, and it still works', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const embed = useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER })
    embed.open()
    expect(embed.state.value).toBe('loading')
    embed.close()
    expect(warn).not.toHaveBeenCalled()
    embed.actorRef.stop()
  })

  it('stops listening to its iframe on unmount: a later load reaches no stopped panel', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const host = mountPanelHost()
    await host.openReady()
    const frame = host.embed.iframe.value!
    frame.dispatchEvent(new Event('load'))
    host.wrapper.unmount()
    frame.dispatchEvent(new Event('load'))
    frame.dispatchEvent(new Event('load'))
    expect(warn).not.toHaveBeenCalled()
    expect(host.embed.actorRef.getSnapshot().status).toBe('stopped')
  })

  it('a new iframe element (retry) starts counting loads again; the old one is no longer heard', async () => {
    const host = mountPanelHost({ readyTimeoutMs: 100 })
    wrapper = host.wrapper
    host.embed.open()
    await nextTick()
    const first = host.embed.iframe.value!
    first.dispatchEvent(new Event('load'))
    await vi.advanceTimersByTimeAsync(100)
    expect(host.embed.state.value).toBe('error')
    host.embed.retry()
    await nextTick()
    const second = host.embed.iframe.value!
    expect(second).not.toBe(first)
    second.dispatchEvent(new Event('load'))
    host.post(READY)
    expect(host.embed.state.value).toBe('ready')
    first.dispatchEvent(new Event('load'))
    first.dispatchEvent(new Event('load'))
    expect(host.embed.state.value).toBe('ready')
    second.dispatchEvent(new Event('load'))
    expect(host.embed.state.value).toBe('loading')
  })
})
