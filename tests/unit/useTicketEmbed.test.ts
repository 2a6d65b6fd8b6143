import { defineComponent, effectScope, h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { useTicketEmbed, type UseTicketEmbedOptions, type UseTicketEmbedReturn } from '../../composables/useTicketEmbed'
import { pendingLinksKey } from '../../composables/usePendingLinks'
import { CLOSE_GRACE_MS, DEFAULT_READY_TIMEOUT_MS } from '../../machines/constants'
import { CUSTOMER, EMBED_ORIGIN, EMBED_URL, httpError } from '../support/machineHarness'

let embed: UseTicketEmbedReturn
let wrapper: VueWrapper | undefined

/** A component that owns the composable and renders the iframe as a real page would. */
function mountPanel(options: Partial<UseTicketEmbedOptions> = {}) {
  const Host = defineComponent({
    setup() {
      embed = useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER, ...options })
      return () =>
        !embed.frameMounted.value
          ? h('p', 'closed')
          : h('iframe', { key: embed.frameKey.value, ref: embed.iframe, title: 'Create Ticket' })
    },
  })
  wrapper = mount(Host, { attachTo: document.body })
  return embed
}

const frameWindow = () => embed.iframe.value!.contentWindow!

/** Dispatches what the browser would deliver for `data` posted by `source` from `origin`. */
function post(data: unknown, { origin = EMBED_ORIGIN, source = frameWindow() as MessageEventSource | null } = {}) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
}

function countMessageListeners() {
  const add = vi.spyOn(window, 'addEventListener')
  const remove = vi.spyOn(window, 'removeEventListener')
  return () =>
    add.mock.calls.filter(([type]) => type === 'message').length -
    remove.mock.calls.filter(([type]) => type === 'message').length
}

async function openAndReady() {
  embed.open()
  await nextTick()
  const postMessage = vi.spyOn(frameWindow(), 'postMessage')
  post({ type: 'EMBED_READY', version: 1 })
  return postMessage
}

beforeEach(() => {
  vi.useFakeTimers()
  sessionStorage.clear()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
})

describe('useTicketEmbed', () => {
  it('adds exactly one message listener while open, keeps it through the close grace, then removes it with every timer', async () => {
    const listeners = countMessageListeners()
    mountPanel()
    expect(listeners()).toBe(0)
    embed.open()
    await nextTick()
    expect(listeners()).toBe(1)
    post({ type: 'EMBED_READY', version: 1 })
    expect(embed.state.value).toBe('ready')
    expect(listeners()).toBe(1)
    embed.close()
    expect(embed.state.value).toBe('hidden')
    expect(embed.visible.value).toBe(false)
    expect(embed.frameMounted.value).toBe(true)
    expect(listeners()).toBe(1)
    vi.advanceTimersByTime(CLOSE_GRACE_MS)
    await nextTick()
    expect(embed.frameMounted.value).toBe(false)
    expect(listeners()).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('closing before the embed is ready removes the listener at once', async () => {
    const listeners = countMessageListeners()
    mountPanel()
    embed.open()
    await nextTick()
    embed.close()
    expect(embed.frameMounted.value).toBe(false)
    expect(listeners()).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('removes the listener and leaves no timer after unmount', async () => {
    const listeners = countMessageListeners()
    mountPanel()
    embed.open()
    await nextTick()
    expect(vi.getTimerCount()).toBe(1) // the ready timeout
    wrapper!.unmount()
    wrapper = undefined
    expect(listeners()).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
    expect(embed.actorRef.getSnapshot().status).toBe('stopped')
  })

  it('releases everything when an effect scope is disposed', () => {
    const listeners = countMessageListeners()
    const scope = effectScope()
    const inScope = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER }))!
    inScope.open()
    expect(listeners()).toBe(1)
    scope.stop()
    expect(listeners()).toBe(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('TCKT-S02/AC-1: posts one EMBED_INIT to the iframe window with the exact embed origin', async () => {
    mountPanel()
    const postMessage = await openAndReady()
    expect(postMessage).toHaveBeenCalledTimes(1)
    expect(postMessage).toHaveBeenCalledWith(
      { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'cus-1001', contactName: 'Rina Wijaya' },
      EMBED_ORIGIN,
    )
  })

  it('TCKT-S02/ERR-1, ERR-2: drops ready from another origin or another frame, with the reason', async () => {
    const onMessage = vi.fn()
    mountPanel({ onMessage })
    embed.open()
    await nextTick()
    const postMessage = vi.spyOn(frameWindow(), 'postMessage')
    const otherFrame = document.createElement('iframe')
    document.body.append(otherFrame)
    post({ type: 'EMBED_READY', version: 1 }, { origin: 'https://evil.example' })
    post({ type: 'EMBED_READY', version: 1 }, { source: otherFrame.contentWindow })
    post({ type: 'EMBED_READY', version: 1 }, { source: null })
    post({ type: 'EMBED_READY', version: 1 }, { source: window })
    post({ type: 'EMBED_READY', version: 2 })
    post('EMBED_READY')
    expect(embed.state.value).toBe('loading')
    expect(postMessage).not.toHaveBeenCalled()
    expect(onMessage.mock.calls.map(([entry]) => entry.reason)).toEqual([
      'origin-mismatch',
      'not-own-frame',
      'not-own-frame',
      'not-own-frame',
      'bad-field:version',
      'not-object',
    ])
    expect(onMessage.mock.calls.every(([entry]) => entry.accepted === false && entry.direction === 'in')).toBe(true)
    otherFrame.remove()
  })

  it('reports every snapshot, sub-states included, to onSnapshot', async () => {
    const onSnapshot = vi.fn()
    mountPanel({ onSnapshot, associate: () => new Promise(() => {}) })
    await openAndReady()
    post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1' })
    expect(onSnapshot.mock.calls.map(([snapshot]) => snapshot.value)).toEqual([{ hidden: 'idle' }, 'loading', 'ready', { associating: 'attempting' }])
  })

  it('logs accepted messages in and EMBED_INIT out', async () => {
    const onMessage = vi.fn()
    mountPanel({ onMessage })
    await openAndReady()
    expect(onMessage.mock.calls.map(([entry]) => [entry.direction, entry.type, entry.accepted, entry.origin])).toEqual([
      ['in', 'EMBED_READY', true, EMBED_ORIGIN],
      ['out', 'EMBED_INIT', true, EMBED_ORIGIN],
    ])
  })

  it('TCKT-S01/ERR-1: times out into error, and retry mounts a new iframe', async () => {
    mountPanel()
    embed.open()
    await nextTick()
    const first = embed.iframe.value
    vi.advanceTimersByTime(DEFAULT_READY_TIMEOUT_MS)
    expect(embed.state.value).toBe('error')
    expect(embed.error.value).toEqual({ reason: 'timeout' })
    embed.retry()
    await nextTick()
    expect(embed.state.value).toBe('loading')
    expect(embed.frameKey.value).toBe(1)
    expect(embed.iframe.value).not.toBe(first)
  })

  it('goes back to loading when its iframe loads a second time', async () => {
    mountPanel()
    await openAndReady()
    const frame = embed.iframe.value!
    frame.dispatchEvent(new Event('load'))
    expect(embed.state.value).toBe('ready')
    frame.dispatchEvent(new Event('load'))
    expect(embed.state.value).toBe('loading')
  })

  it('clamps and exposes the height', async () => {
    mountPanel({ minHeight: 200, maxHeight: 800 })
    await openAndReady()
    post({ type: 'EMBED_RESIZE', version: 1, height: 512 })
    expect(embed.height.value).toBe(512)
    post({ type: 'EMBED_RESIZE', version: 1, height: 99_999 })
    expect(embed.height.value).toBe(800)
  })

  it('TCKT-S03: a created ticket calls notify with a title, track with the props, then refresh', async () => {
    const notify = vi.fn()
    const track = vi.fn()
    const refresh = vi.fn(async () => {})
    mountPanel({ notify, track, refresh })
    await openAndReady()
    post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-42', pipelineId: 'pl-support', isAutoAssociated: true })
    await vi.advanceTimersByTimeAsync(0)
    expect(notify).toHaveBeenCalledWith({ variant: 'success', key: 'ticketCreated', title: 'Ticket created successfully' })
    expect(track).toHaveBeenCalledWith('[Qontak One] [Customer] Create Ticket Embed Created', {
      contact_id: 'cus-1001',
      ticket_id: 'TCK-42',
      pipeline_id: 'pl-support',
    })
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(embed.state.value).toBe('hidden')
    expect(embed.ticket.value).toStrictEqual({ ticketId: 'TCK-42', pipelineId: 'pl-support', isAutoAssociated: true })
  })

  it('TCKT-S04/ERR-1: keeps a ticket whose link failed in sessionStorage, across a remount, and links it later', async () => {
    const associate = vi.fn(async () => {
      throw httpError(503)
    })
    const refresh = vi.fn(async () => {})
    mountPanel({ associate, refresh })
    await openAndReady()
    post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-9' })
    await vi.advanceTimersByTimeAsync(3_000)
    expect(associate).toHaveBeenCalledTimes(3)
    expect(associate.mock.calls[0]).toEqual([{ contactId: 'cus-1001', ticketId: 'TCK-9', signal: expect.any(AbortSignal) }])
    expect(embed.state.value).toBe('hidden')
    expect(embed.pendingLinks.value.map((link) => link.ticketId)).toEqual(['TCK-9'])
    expect(JSON.parse(sessionStorage.getItem(pendingLinksKey('cus-1001'))!)[0].ticketId).toBe('TCK-9')

    wrapper!.unmount()
    const linkOk = vi.fn(async () => {
      throw httpError(409) // linked in the meantime: that is what we wanted
    })
    mountPanel({ associate: linkOk, refresh })
    expect(embed.pendingLinks.value.map((link) => link.ticketId)).toEqual(['TCK-9'])
    const [first, second] = [embed.retryLink('TCK-9'), embed.retryLink('TCK-9')]
    expect(embed.linking.value.has('TCK-9')).toBe(true)
    expect(await first).toBe(true)
    expect(await second).toBe(false) // a double click does not POST twice
    expect(linkOk).toHaveBeenCalledTimes(1)
    expect(embed.pendingLinks.value).toEqual([])
    expect(sessionStorage.getItem(pendingLinksKey('cus-1001'))).toBeNull()
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('keeps the ticket when the page goes away while linking', async () => {
    mountPanel({ associate: () => new Promise(() => {}) })
    await openAndReady()
    post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-5' })
    expect(embed.state.value).toBe('associating')
    wrapper!.unmount()
    wrapper = undefined
    expect(JSON.parse(sessionStorage.getItem(pendingLinksKey('cus-1001'))!)[0].ticketId).toBe('TCK-5')
  })

  it('a throwing notify or track does not stop the panel', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const refresh = vi.fn()
    mountPanel({
      notify: () => {
        throw new Error('toast broke')
      },
      track: () => {
        throw new Error('analytics broke')
      },
      refresh,
    })
    await openAndReady()
    post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', isAutoAssociated: true })
    await vi.advanceTimersByTimeAsync(0)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(embed.state.value).toBe('hidden')
    expect(embed.actorRef.getSnapshot().status).toBe('active')
    expect(error).toHaveBeenCalledWith(expect.stringContaining('"notify" option threw'), expect.any(Error))
  })

  it.each([
    ['http://crm.example.com/embed/ticket/create', 'must use https:'],
    ['javascript:alert(1)', 'must use https:'],
    ['/embed/ticket/create', 'not an absolute URL'],
    ['', 'empty'],
  ])('reports the invalid embed URL %j on the console and stays unavailable', (embedUrl, why) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const listeners = countMessageListeners()
    mountPanel({ embedUrl })
    expect(embed.available.value).toBe(false)
    expect(embed.src.value).toBeNull()
    expect(() => embed.open()).not.toThrow()
    expect(embed.state.value).toBe('hidden')
    expect(listeners()).toBe(0)
    expect(error).toHaveBeenCalledWith(expect.stringContaining(why))
  })

  it('reports an invalid customer id', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    mountPanel({ customer: { qontakCustomerId: '../../admin' } })
    expect(embed.available.value).toBe(false)
    expect(error).toHaveBeenCalledWith(expect.stringContaining('qontakCustomerId'))
  })

  it('accepts http: on localhost for development', () => {
    mountPanel({ embedUrl: 'http://localhost:5174/embed/ticket/create' })
    expect(embed.available.value).toBe(true)
    expect(embed.src.value).toBe('http://localhost:5174/embed/ticket/create')
  })

  describe('nothing lost on close', () => {
    it('CLOSE-2: a TICKET_CREATED from the kept frame after the back arrow is linked and refreshed, the panel never shown again', async () => {
      const associate = vi.fn(async () => ({}))
      const refresh = vi.fn(async () => {})
      const notify = vi.fn()
      mountPanel({ associate, refresh, notify })
      await openAndReady()
      post({ type: 'TICKET_CREATE_STARTED', version: 1 })
      embed.close()
      await nextTick()
      const kept = embed.iframe.value
      expect(kept).not.toBeNull()
      post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-77' })
      expect(embed.state.value).toBe('associating')
      expect(embed.visible.value).toBe(false)
      await vi.advanceTimersByTimeAsync(0)
      expect(associate).toHaveBeenCalledWith({ contactId: 'cus-1001', ticketId: 'TCK-77', signal: expect.any(AbortSignal) })
      expect(refresh).toHaveBeenCalledTimes(1)
      expect(notify).toHaveBeenCalledWith(expect.objectContaining({ key: 'ticketCreated' }))
      expect(embed.state.value).toBe('hidden')
      expect(embed.frameMounted.value).toBe(false)
      expect(embed.pendingLinks.value).toEqual([])
      expect(vi.getTimerCount()).toBe(0)
    })

    it('CLOSE-2: a late ticket whose link fails stays as a pending link in sessionStorage', async () => {
      mountPanel({ associate: async () => Promise.reject(httpError(400)) })
      await openAndReady()
      post({ type: 'EMBED_CLOSE', version: 1 })
      post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-78' })
      await vi.advanceTimersByTimeAsync(0)
      expect(embed.pendingLinks.value.map((link) => link.ticketId)).toEqual(['TCK-78'])
      expect(JSON.parse(sessionStorage.getItem(pendingLinksKey('cus-1001'))!)[0].ticketId).toBe('TCK-78')
    })

    it('CLOSE-4: TICKET_CREATE_ERROR during the window shows the error toast and forgets the frame', async () => {
      const notify = vi.fn()
      const listeners = countMessageListeners()
      // Unmounting the previous test's iframe may leave a jsdom timer behind: count ours only.
      const timersBefore = vi.getTimerCount()
      mountPanel({ notify })
      await openAndReady()
      embed.close()
      post({ type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'SERVER_ERROR' })
      expect(notify).toHaveBeenCalledWith({
        variant: 'error',
        key: 'createFailedAfterClose',
        title: "The ticket you submitted before closing the form wasn't created",
      })
      await nextTick()
      expect(embed.frameMounted.value).toBe(false)
      expect(listeners()).toBe(0)
      expect(vi.getTimerCount()).toBe(timersBefore)
    })

    it('CLOSE-5: open() during the window shows the same iframe in ready, without reloading it', async () => {
      mountPanel()
      const postMessage = await openAndReady()
      const frame = embed.iframe.value
      embed.close()
      await nextTick()
      embed.open()
      await nextTick()
      expect(embed.state.value).toBe('ready')
      expect(embed.visible.value).toBe(true)
      expect(embed.iframe.value).toBe(frame)
      expect(postMessage).toHaveBeenCalledTimes(1)
    })

    it('CLOSE-6: a forged message during the window is dropped with its reason and changes nothing', async () => {
      const onMessage = vi.fn()
      mountPanel({ onMessage })
      await openAndReady()
      embed.close()
      const before = embed.snapshot.value
      onMessage.mockClear()
      post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-66' }, { origin: 'https://evil.example' })
      post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-66' }, { source: window })
      post({ type: 'TICKET_CREATED', version: 2, ticketId: 'TCK-66' })
      expect(embed.snapshot.value).toBe(before)
      expect(onMessage.mock.calls.map(([entry]) => entry.reason)).toEqual(['origin-mismatch', 'not-own-frame', 'bad-field:version'])
    })

    it('CLOSE-7: unmount or effect-scope disposal during the window leaves no listener, no timer, a stopped actor', async () => {
      const listeners = countMessageListeners()
      mountPanel()
      await openAndReady()
      embed.close()
      expect(vi.getTimerCount()).toBe(1) // the close grace
      window.dispatchEvent(new Event('pagehide')) // a page kept in the bfcache goes on listening
      expect(listeners()).toBe(1)
      wrapper!.unmount()
      wrapper = undefined
      expect(listeners()).toBe(0)
      expect(vi.getTimerCount()).toBe(0)
      expect(embed.actorRef.getSnapshot().status).toBe('stopped')

      const scope = effectScope()
      const inScope = scope.run(() => useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER }))!
      inScope.open()
      inScope.actorRef.send({ type: 'embed.ready', origin: EMBED_ORIGIN, fromOwnFrame: true, version: 1, message: { type: 'EMBED_READY', version: 1 } })
      inScope.close()
      expect(inScope.frameMounted.value).toBe(true)
      scope.stop()
      expect(listeners()).toBe(0)
      expect(vi.getTimerCount()).toBe(0)
    })
  })
})
