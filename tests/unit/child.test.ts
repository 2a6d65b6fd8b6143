import { createEmbedChild, type EmbedChildOptions } from '../../child'
import { buildEmbedInit } from '../../protocol/buildEmbedInit'

const HOST = 'https://app.example.com'
const OTHER_HOST = 'https://staging.example.com'
const READY = { type: 'EMBED_READY', version: 1 }
const INIT = buildEmbedInit({ qontakCustomerId: 'CUST-1', contactName: 'Ani' })

/** Stands in for `ResizeObserver`, which jsdom lacks; the test decides when a resize happens. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = []
  observed: Element[] = []
  disconnected = false
  constructor(readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.instances.push(this)
  }
  observe(element: Element) {
    this.observed.push(element)
  }
  unobserve() {}
  disconnect() {
    this.disconnected = true
  }
}

/** A page element whose rendered height the test sets. */
function sizedElement(height: number) {
  const element = document.createElement('div')
  const box = { height }
  element.getBoundingClientRect = () => ({ height: box.height }) as DOMRect
  return { element, box }
}

/**
 * The form's window: a real `EventTarget` whose `parent` is a fake host window with a
 * `postMessage` spy, so every post and its exact `targetOrigin` can be asserted.
 */
function setup(options: Partial<EmbedChildOptions> = {}, { withResizeObserver = true } = {}) {
  const parent = { postMessage: vi.fn() }
  const win = Object.assign(new EventTarget(), {
    parent,
    document,
    ResizeObserver: withResizeObserver ? FakeResizeObserver : undefined,
  }) as unknown as Window
  const onInit = vi.fn()
  const onReject = vi.fn()
  const child = createEmbedChild({ allowedParentOrigins: [HOST, OTHER_HOST], window: win, onInit, onReject, ...options })
  /** Delivers a `message` event as the browser would. */
  const deliver = (data: unknown, { origin = HOST, source = parent as unknown }: { origin?: string; source?: unknown } = {}) =>
    win.dispatchEvent(new MessageEvent('message', { data, origin, source: source as MessageEventSource }))
  /** The posts after `EMBED_READY`, as `[message, targetOrigin]`. */
  const posts = () => parent.postMessage.mock.calls.filter(([message]) => message.type !== 'EMBED_READY')
  return { parent, win, child, deliver, posts, onInit, onReject }
}

beforeEach(() => {
  FakeResizeObserver.instances = []
})

afterEach(() => {
  vi.useRealTimers()
})

describe('createEmbedChild', () => {
  describe('options', () => {
    it.each([
      { name: "'*'", origins: ['*'] },
      { name: "'*' among exact origins", origins: [HOST, '*'] },
      { name: 'an empty list', origins: [] },
      { name: 'no list', origins: undefined },
      { name: 'a string instead of a list', origins: HOST },
      { name: 'a trailing slash', origins: [`${HOST}/`] },
      { name: 'a path', origins: [`${HOST}/embed`] },
      { name: 'upper case', origins: ['https://App.Example.com'] },
      { name: "'null'", origins: ['null'] },
      { name: 'a host without a scheme', origins: ['app.example.com'] },
      { name: 'a non-string entry', origins: [42] },
    ])('throws a TypeError at creation for $name', ({ origins }) => {
      const win = Object.assign(new EventTarget(), { parent: { postMessage: vi.fn() } }) as unknown as Window
      expect(() => createEmbedChild({ allowedParentOrigins: origins as string[], window: win })).toThrow(TypeError)
      expect((win.parent.postMessage as ReturnType<typeof vi.fn>).mock.calls).toEqual([])
    })

    it('says in its error what the option must hold', () => {
      const win = Object.assign(new EventTarget(), { parent: { postMessage: vi.fn() } }) as unknown as Window
      expect(() => createEmbedChild({ allowedParentOrigins: ['*'], window: win })).toThrow(
        'allowedParentOrigins: exact origins like "https://app.example.com", no "*"',
      )
    })

    it('accepts exact origins with a port, and http on localhost', () => {
      const { parent } = setup({ allowedParentOrigins: ['http://localhost:5173', 'https://app.example.com:8443'] })
      expect(parent.postMessage.mock.calls).toEqual([
        [READY, 'http://localhost:5173'],
        [READY, 'https://app.example.com:8443'],
      ])
    })

    it('keeps its own copy of the origin list, so changing the array later widens nothing', () => {
      const origins = [HOST]
      const { deliver, onInit } = setup({ allowedParentOrigins: origins })
      origins.push('https://evil.test')
      deliver(INIT, { origin: 'https://evil.test' })
      expect(onInit).not.toHaveBeenCalled()
    })
  })

  describe('EMBED_READY', () => {
    it('posts EMBED_READY once to each allowed parent origin, with that exact targetOrigin and never "*"', () => {
      const { parent } = setup()
      expect(parent.postMessage.mock.calls).toEqual([
        [READY, HOST],
        [READY, OTHER_HOST],
      ])
    })
  })

  describe('EMBED_INIT', () => {
    it('accepts EMBED_INIT from an allowed origin and window.parent: onInit, init and ready', async () => {
      const { child, deliver, onInit, onReject } = setup()
      expect(child.init).toBeNull()
      deliver({ ...INIT, extra: 'dropped' })
      expect(onInit).toHaveBeenCalledExactlyOnceWith(INIT)
      expect(child.init).toStrictEqual(INIT)
      await expect(child.ready).resolves.toStrictEqual(INIT)
      expect(onReject).not.toHaveBeenCalled()
    })

    it('remembers the origin that sent EMBED_INIT and posts only there afterwards', () => {
      const { child, deliver, posts } = setup()
      deliver(INIT, { origin: OTHER_HOST })
      child.close()
      expect(posts()).toEqual([[{ type: 'EMBED_CLOSE', version: 1 }, OTHER_HOST]])
    })

    it('resolves ready with the first EMBED_INIT and exposes the last one as init', async () => {
      const { child, deliver, onInit } = setup()
      const second = buildEmbedInit({ qontakCustomerId: 'CUST-2' })
      deliver(INIT)
      deliver(second)
      expect(onInit).toHaveBeenCalledTimes(2)
      expect(child.init).toStrictEqual(second)
      await expect(child.ready).resolves.toStrictEqual(INIT)
    })

    it.each([
      { name: 'another origin', origin: 'https://evil.test' },
      { name: 'a look-alike origin', origin: 'https://app.example.com.evil.test' },
      { name: 'the same host over http', origin: 'http://app.example.com' },
      { name: 'the same host on another port', origin: 'https://app.example.com:444' },
      { name: 'an opaque origin', origin: 'null' },
    ])('ignores EMBED_INIT from $name with reason "origin"', ({ origin }) => {
      const { child, deliver, onInit, onReject, posts } = setup()
      deliver(INIT, { origin })
      expect(onInit).not.toHaveBeenCalled()
      expect(onReject).toHaveBeenCalledExactlyOnceWith('origin', expect.any(MessageEvent))
      expect(child.init).toBeNull()
      expect(child.close()).toBe(false)
      expect(posts()).toEqual([])
    })

    it.each([
      { name: 'another window of the allowed origin', source: { postMessage: vi.fn() } },
      { name: 'no source', source: null },
    ])('ignores EMBED_INIT from the right origin but $name with reason "source"', ({ source }) => {
      const { child, deliver, onInit, onReject } = setup()
      deliver(INIT, { source })
      expect(onInit).not.toHaveBeenCalled()
      expect(onReject).toHaveBeenCalledExactlyOnceWith('source', expect.any(MessageEvent))
      expect(child.init).toBeNull()
    })

    it.each([
      { name: 'version 2', data: { ...INIT, version: 2 }, reason: 'bad-field:version' },
      { name: 'a string', data: JSON.stringify(INIT), reason: 'not-object' },
      { name: 'null', data: null, reason: 'not-object' },
      { name: 'an own __proto__ key', data: JSON.parse('{"type":"EMBED_INIT","version":1,"roomId":null,"qontakCustomerId":"C1","__proto__":{}}'), reason: 'forbidden-key:__proto__' },
      { name: 'a missing roomId', data: { ...INIT, roomId: undefined }, reason: 'bad-field:roomId' },
      { name: 'a qontakCustomerId "../x"', data: { ...INIT, qontakCustomerId: '../x' }, reason: 'bad-field:qontakCustomerId' },
      { name: 'a control character in contactName', data: { ...INIT, contactName: 'Rina\u0007' }, reason: 'bad-field:contactName' },
      { name: 'its own EMBED_READY echoed back', data: READY, reason: 'unknown-type' },
      { name: 'an embed → host message', data: { type: 'TICKET_CREATED', version: 1, ticketId: 'T1' }, reason: 'unknown-type' },
    ])('ignores $name from the parent with reason "$reason"', ({ data, reason }) => {
      const { child, deliver, onInit, onReject } = setup()
      deliver(data)
      expect(onInit).not.toHaveBeenCalled()
      expect(onReject).toHaveBeenCalledExactlyOnceWith(reason, expect.any(MessageEvent))
      expect(child.init).toBeNull()
    })

    it('ignores hostile messages silently when no onReject is given', () => {
      const { deliver } = setup({ onReject: undefined })
      expect(() => deliver(INIT, { origin: 'https://evil.test' })).not.toThrow()
      expect(() => deliver('garbage')).not.toThrow()
    })
  })

  describe('senders', () => {
    it('return false and post nothing before EMBED_INIT', () => {
      const { child, parent } = setup()
      expect(child.createStarted()).toBe(false)
      expect(child.ticketCreated({ ticketId: 'T1' })).toBe(false)
      expect(child.createError({ errorCode: 'E' })).toBe(false)
      expect(child.close()).toBe(false)
      expect(child.resize(300)).toBe(false)
      expect(parent.postMessage.mock.calls).toEqual([
        [READY, HOST],
        [READY, OTHER_HOST],
      ])
    })

    it('post each message to window.parent with the parent origin as targetOrigin, and return true', () => {
      const { child, deliver, posts } = setup()
      deliver(INIT)
      expect(child.createStarted()).toBe(true)
      expect(child.ticketCreated({ ticketId: 'TCK-1', pipelineId: null, isAutoAssociated: true })).toBe(true)
      expect(child.createError({ errorCode: 'AUTH_REQUIRED', errorMessage: 'Please sign in again.' })).toBe(true)
      expect(child.close('cancelled')).toBe(true)
      expect(child.close()).toBe(true)
      expect(child.resize(480)).toBe(true)
      expect(posts()).toEqual([
        [{ type: 'TICKET_CREATE_STARTED', version: 1 }, HOST],
        [{ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', pipelineId: null, isAutoAssociated: true }, HOST],
        [{ type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'AUTH_REQUIRED', errorMessage: 'Please sign in again.' }, HOST],
        [{ type: 'EMBED_CLOSE', version: 1, reason: 'cancelled' }, HOST],
        [{ type: 'EMBED_CLOSE', version: 1 }, HOST],
        [{ type: 'EMBED_RESIZE', version: 1, height: 480 }, HOST],
      ])
    })

    it('post the message as the host will read it: numeric ids as strings, unknown fields dropped, type and version fixed', () => {
      const { child, deliver, posts } = setup()
      deliver(INIT)
      const payload = { ticketId: 42, pipelineId: 7, secret: 'token', type: 'EMBED_CLOSE', version: 2 }
      expect(child.ticketCreated(payload as never)).toBe(true)
      expect(posts()).toStrictEqual([[{ type: 'TICKET_CREATED', version: 1, ticketId: '42', pipelineId: '7' }, HOST]])
    })

    it.each([
      { name: 'a ticketId "../x"', send: (c: ReturnType<typeof setup>['child']) => c.ticketCreated({ ticketId: '../x' }) },
      { name: 'a pipelineId "1/2"', send: (c: ReturnType<typeof setup>['child']) => c.ticketCreated({ ticketId: 'T1', pipelineId: '1/2' }) },
      { name: 'an errorCode with spaces', send: (c: ReturnType<typeof setup>['child']) => c.createError({ errorCode: 'AUTH REQUIRED' }) },
      { name: 'markup in errorMessage', send: (c: ReturnType<typeof setup>['child']) => c.createError({ errorCode: 'E', errorMessage: '<script>x</script>' }) },
      { name: 'an errorMessage over 500 chars', send: (c: ReturnType<typeof setup>['child']) => c.createError({ errorCode: 'E', errorMessage: 'x'.repeat(501) }) },
      { name: 'a close reason with a control character', send: (c: ReturnType<typeof setup>['child']) => c.close('bye\u0000') },
      { name: 'height NaN', send: (c: ReturnType<typeof setup>['child']) => c.resize(NaN) },
      { name: 'a negative height', send: (c: ReturnType<typeof setup>['child']) => c.resize(-1) },
    ])('return false and post nothing for $name', ({ send }) => {
      const { child, deliver, posts } = setup()
      deliver(INIT)
      expect(send(child)).toBe(false)
      expect(posts()).toEqual([])
    })
  })

  describe('destroy', () => {
    it('stops listening: a later EMBED_INIT is not accepted', () => {
      const { child, deliver, onInit } = setup()
      child.destroy()
      deliver(INIT)
      expect(onInit).not.toHaveBeenCalled()
      expect(child.init).toBeNull()
    })

    it('makes every sender return false and post nothing', () => {
      const { child, deliver, posts } = setup()
      deliver(INIT)
      child.destroy()
      expect(child.createStarted()).toBe(false)
      expect(child.ticketCreated({ ticketId: 'T1' })).toBe(false)
      expect(child.createError({ errorCode: 'E' })).toBe(false)
      expect(child.close()).toBe(false)
      expect(child.resize(300)).toBe(false)
      expect(posts()).toEqual([])
    })

    it('disconnects the ResizeObserver and clears the pending resize timer', () => {
      vi.useFakeTimers()
      const { element, box } = sizedElement(300)
      const { child, deliver, posts } = setup({ autoResize: { element } })
      deliver(INIT)
      box.height = 400
      FakeResizeObserver.instances[0]!.callback([], {} as ResizeObserver)
      expect(vi.getTimerCount()).toBe(1)
      child.destroy()
      expect(FakeResizeObserver.instances[0]!.disconnected).toBe(true)
      expect(vi.getTimerCount()).toBe(0)
      vi.advanceTimersByTime(1000)
      expect(posts()).toEqual([[{ type: 'EMBED_RESIZE', version: 1, height: 300 }, HOST]])
    })
  })

  describe('autoResize', () => {
    const resizeTo = (box: { height: number }, height: number) => {
      box.height = height
      FakeResizeObserver.instances[0]!.callback([], {} as ResizeObserver)
    }
    const heights = (posts: () => unknown[][]) => posts().map(([message]) => (message as { height: number }).height)

    it('observes document.documentElement by default', () => {
      setup({ autoResize: true })
      expect(FakeResizeObserver.instances).toHaveLength(1)
      expect(FakeResizeObserver.instances[0]!.observed).toEqual([document.documentElement])
    })

    it('creates no observer when autoResize is off', () => {
      setup()
      setup({ autoResize: false })
      expect(FakeResizeObserver.instances).toEqual([])
    })

    it('sends nothing before EMBED_INIT, then the current height on EMBED_INIT, to the parent origin', () => {
      vi.useFakeTimers()
      const { element, box } = sizedElement(300)
      const { deliver, posts } = setup({ autoResize: { element } })
      resizeTo(box, 320.2)
      expect(posts()).toEqual([])
      deliver(INIT, { origin: OTHER_HOST })
      expect(posts()).toEqual([[{ type: 'EMBED_RESIZE', version: 1, height: 321 }, OTHER_HOST]])
    })

    it('sends at most one EMBED_RESIZE per minIntervalMs (default 100), the trailing one with the latest height', () => {
      vi.useFakeTimers()
      const { element, box } = sizedElement(300)
      const { deliver, posts } = setup({ autoResize: { element } })
      deliver(INIT)
      resizeTo(box, 310)
      resizeTo(box, 320)
      resizeTo(box, 330)
      expect(heights(posts)).toEqual([300])
      vi.advanceTimersByTime(99)
      expect(heights(posts)).toEqual([300])
      vi.advanceTimersByTime(1)
      expect(heights(posts)).toEqual([300, 330])
      vi.advanceTimersByTime(100)
      resizeTo(box, 340)
      expect(heights(posts)).toEqual([300, 330, 340])
    })

    it('honours a custom minIntervalMs', () => {
      vi.useFakeTimers()
      const { element, box } = sizedElement(300)
      const { deliver, posts } = setup({ autoResize: { element, minIntervalMs: 500 } })
      deliver(INIT)
      resizeTo(box, 400)
      vi.advanceTimersByTime(499)
      expect(heights(posts)).toEqual([300])
      vi.advanceTimersByTime(1)
      expect(heights(posts)).toEqual([300, 400])
    })

    it('sends only when the height actually changed', () => {
      vi.useFakeTimers()
      const { element, box } = sizedElement(300)
      const { deliver, posts } = setup({ autoResize: { element } })
      deliver(INIT)
      vi.advanceTimersByTime(100)
      resizeTo(box, 300)
      resizeTo(box, 300.0)
      vi.advanceTimersByTime(1000)
      expect(heights(posts)).toEqual([300])
      expect(vi.getTimerCount()).toBe(0)
    })

    it('bounds the height to maxHeight (default 2000) and never sends 0 (a frame the host has not shown yet)', () => {
      vi.useFakeTimers()
      const { element, box } = sizedElement(5000)
      const { deliver, posts } = setup({ autoResize: { element } })
      deliver(INIT)
      vi.advanceTimersByTime(100)
      resizeTo(box, -20)
      vi.advanceTimersByTime(100)
      resizeTo(box, 0)
      vi.advanceTimersByTime(100)
      resizeTo(box, 480)
      expect(heights(posts)).toEqual([2000, 480])
    })

    it('sends a height of 1 px, the smallest it sends, on EMBED_INIT', () => {
      const { element } = sizedElement(0.4)
      const { deliver, posts } = setup({ autoResize: { element } })
      deliver(INIT)
      expect(heights(posts)).toEqual([1])
    })

    it('honours a custom maxHeight', () => {
      const { element } = sizedElement(1200)
      const { deliver, posts } = setup({ autoResize: { element, maxHeight: 800 } })
      deliver(INIT)
      expect(heights(posts)).toEqual([800])
    })

    it('without ResizeObserver, still sends the height once on EMBED_INIT and does not throw', () => {
      const { element } = sizedElement(250)
      const { deliver, posts } = setup({ autoResize: { element } }, { withResizeObserver: false })
      deliver(INIT)
      expect(heights(posts)).toEqual([250])
    })
  })
})
