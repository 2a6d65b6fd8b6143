import { createEmbedChild, type EmbedChildOptions } from '../../child'
import { buildEmbedInit } from '../../protocol/buildEmbedInit'

/**
 * `onInit`, `onReject` and `ResizeObserver` are all optional. A throw inside a `message` listener
 * never reaches the page's code (the browser reports it and carries on; jsdom drops it for an
 * `EventTarget` that is not a window), so this form window hands the listener to the test, which
 * calls it directly: a call to a missing callback throws right here.
 */
const HOST = 'https://app.example.com'
const INIT = buildEmbedInit({ qontakCustomerId: 'CUST-1' })

function formWindow({ withResizeObserver }: { withResizeObserver: boolean }) {
  const parent = { postMessage: vi.fn() }
  const listeners = new Set<(event: MessageEvent) => void>()
  const observers: { disconnect: ReturnType<typeof vi.fn> }[] = []
  class RecordingResizeObserver {
    disconnect = vi.fn()
    constructor() {
      observers.push(this)
    }
    observe() {}
  }
  const win = {
    parent,
    document,
    ResizeObserver: withResizeObserver ? RecordingResizeObserver : undefined,
    addEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: MessageEvent) => void) => listeners.delete(listener),
  } as unknown as Window
  const deliver = (data: unknown, origin = HOST) => {
    const event = new MessageEvent('message', { data, origin, source: parent as unknown as MessageEventSource })
    for (const listener of listeners) listener(event)
  }
  return { parent, win, deliver, observers, listeners }
}

const start = (win: Window, options: Partial<EmbedChildOptions> = {}) => createEmbedChild({ allowedParentOrigins: [HOST], window: win, ...options })

describe('createEmbedChild without optional callbacks', () => {
  it('accepts EMBED_INIT without onInit: nothing thrown in the listener, init set, senders work', async () => {
    const { win, deliver, parent } = formWindow({ withResizeObserver: false })
    const child = start(win)
    expect(() => deliver(INIT)).not.toThrow()
    expect(child.init).toEqual(INIT)
    await expect(child.ready).resolves.toEqual(INIT)
    expect(child.close('done')).toBe(true)
    expect(parent.postMessage).toHaveBeenLastCalledWith({ type: 'EMBED_CLOSE', version: 1, reason: 'done' }, HOST)
  })

  it('drops a message from another origin without onReject: nothing thrown in the listener', () => {
    const { win, deliver } = formWindow({ withResizeObserver: false })
    const child = start(win)
    expect(() => deliver(INIT, 'https://evil.test')).not.toThrow()
    expect(() => deliver({ type: 'EMBED_INIT', version: 2 })).not.toThrow()
    expect(child.init).toBeNull()
  })

  it('calls onInit once with the accepted message, after init and ready are set', async () => {
    const { win, deliver } = formWindow({ withResizeObserver: false })
    const seen: unknown[] = []
    const child = start(win, { onInit: (message) => seen.push([message, child.init]) })
    deliver(INIT)
    expect(seen).toEqual([[INIT, INIT]])
  })
})

describe('createEmbedChild.destroy with autoResize', () => {
  it('does not throw without ResizeObserver, and stops every sender', () => {
    const { win, deliver, listeners } = formWindow({ withResizeObserver: false })
    const child = start(win, { autoResize: true })
    deliver(INIT)
    expect(() => child.destroy()).not.toThrow()
    expect(listeners.size).toBe(0)
    expect(child.resize(300)).toBe(false)
  })

  it('disconnects the one observer it created', () => {
    const { win, observers } = formWindow({ withResizeObserver: true })
    const child = start(win, { autoResize: true })
    expect(observers).toHaveLength(1)
    child.destroy()
    expect(observers[0]!.disconnect).toHaveBeenCalledTimes(1)
  })
})
