import type { VueWrapper } from '@vue/test-utils'
import type { AssociateArgs } from '../../composables/useTicketEmbed'
import { DEFAULT_NOTIFY_MESSAGES } from '../../composables/notifyMessages'
import { pendingLinksKey } from '../../composables/usePendingLinks'
import { ASSOCIATE_ATTEMPT_TIMEOUT_MS } from '../../machines/constants'
import { CUSTOMER, deferred, httpError, type Deferred } from '../support/machineHarness'
import { countListeners, mountPanelHost, seedPendingLinks } from '../support/panelHost'

/** "Link now" on a pending link (TCKT-S04/ERR-1): one POST per click, a toast on failure, nothing lost. */
let wrapper: VueWrapper | undefined

/** An `associate` whose calls the test settles by hand, one deferred per call. */
function handSettledAssociate() {
  const calls: (Deferred & { args: AssociateArgs })[] = []
  const associate = vi.fn((args: AssociateArgs) => {
    const call = Object.assign(deferred(), { args })
    calls.push(call)
    return call.promise
  })
  return { associate, calls }
}

const storedTicketIds = () =>
  (JSON.parse(sessionStorage.getItem(pendingLinksKey(CUSTOMER.qontakCustomerId)) ?? '[]') as { ticketId: string }[]).map((link) => link.ticketId)

beforeEach(() => {
  vi.useFakeTimers()
  sessionStorage.clear()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
})

describe('useTicketEmbed retryLink ("Link now")', () => {
  it('TCKT-S04/ERR-1: a failed Link now shows the linkNowFailed warning, resolves false and keeps the ticket pending', async () => {
    seedPendingLinks('TCK-A')
    const notify = vi.fn()
    const refresh = vi.fn()
    const host = mountPanelHost({ associate: async () => Promise.reject(httpError(503)), notify, refresh })
    wrapper = host.wrapper
    expect(await host.embed.retryLink('TCK-A')).toBe(false)
    expect(notify).toHaveBeenCalledExactlyOnceWith({ variant: 'warning', key: 'linkNowFailed', title: DEFAULT_NOTIFY_MESSAGES.linkNowFailed })
    expect(refresh).not.toHaveBeenCalled()
    expect(host.embed.pendingLinks.value.map((link) => link.ticketId)).toEqual(['TCK-A'])
    expect(storedTicketIds()).toEqual(['TCK-A'])
    expect(host.embed.linking.value.size).toBe(0)
  })

  it('uses the localised linkNowFailed title from messages', async () => {
    seedPendingLinks('TCK-A')
    const notify = vi.fn()
    const host = mountPanelHost({ associate: async () => Promise.reject(new Error('offline')), notify, messages: { linkNowFailed: 'Gagal menautkan' } })
    wrapper = host.wrapper
    await host.embed.retryLink('TCK-A')
    expect(notify).toHaveBeenCalledExactlyOnceWith({ variant: 'warning', key: 'linkNowFailed', title: 'Gagal menautkan' })
  })

  it('without an associate function, Link now fails with the toast instead of throwing', async () => {
    seedPendingLinks('TCK-A')
    const notify = vi.fn()
    const host = mountPanelHost({ notify })
    wrapper = host.wrapper
    expect(await host.embed.retryLink('TCK-A')).toBe(false)
    expect(notify).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ key: 'linkNowFailed' }))
  })

  it('an associate that throws synchronously counts as a failed attempt', async () => {
    seedPendingLinks('TCK-A')
    const notify = vi.fn()
    const host = mountPanelHost({
      associate: () => {
        throw new Error('bad config')
      },
      notify,
    })
    wrapper = host.wrapper
    expect(await host.embed.retryLink('TCK-A')).toBe(false)
    expect(notify).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ key: 'linkNowFailed' }))
  })

  it('returns false without a request for a ticket that is not pending', async () => {
    seedPendingLinks('TCK-A')
    const associate = vi.fn(async () => undefined)
    const host = mountPanelHost({ associate })
    wrapper = host.wrapper
    expect(await host.embed.retryLink('TCK-OTHER')).toBe(false)
    expect(associate).not.toHaveBeenCalled()
  })

  it('when the panel goes away mid-request: the request is aborted, no toast, resolves false, the ticket stays pending', async () => {
    seedPendingLinks('TCK-A')
    const notify = vi.fn()
    const { associate, calls } = handSettledAssociate()
    const host = mountPanelHost({ associate, notify })
    const timersBefore = vi.getTimerCount()
    const result = host.embed.retryLink('TCK-A')
    expect(vi.getTimerCount()).toBe(timersBefore + 1) // the attempt timeout
    const { signal } = calls[0]!.args
    signal.addEventListener('abort', () => calls[0]!.reject(signal.reason))
    host.wrapper.unmount()
    expect(signal.aborted).toBe(true)
    expect(signal.reason).toMatchObject({ name: 'AbortError', message: 'the panel went away' })
    expect(await result).toBe(false)
    expect(notify).not.toHaveBeenCalled()
    expect(storedTicketIds()).toEqual(['TCK-A'])
    expect(vi.getTimerCount()).toBe(timersBefore)
  })

  it('an attempt that hangs is aborted after the attempt timeout and fails with the toast', async () => {
    seedPendingLinks('TCK-A')
    const notify = vi.fn()
    const { associate, calls } = handSettledAssociate()
    const host = mountPanelHost({ associate, notify })
    wrapper = host.wrapper
    const result = host.embed.retryLink('TCK-A')
    const { signal } = calls[0]!.args
    signal.addEventListener('abort', () => calls[0]!.reject(signal.reason))
    await vi.advanceTimersByTimeAsync(ASSOCIATE_ATTEMPT_TIMEOUT_MS - 1)
    expect(signal.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(signal.reason).toMatchObject({ name: 'TimeoutError', message: 'link attempt timed out' })
    expect(await result).toBe(false)
    expect(notify).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ key: 'linkNowFailed' }))
  })

  it('a successful attempt clears its timeout: its signal is never aborted later, not even on unmount', async () => {
    seedPendingLinks('TCK-A')
    const { associate, calls } = handSettledAssociate()
    const host = mountPanelHost({ associate })
    wrapper = host.wrapper
    const result = host.embed.retryLink('TCK-A')
    calls[0]!.resolve(undefined)
    expect(await result).toBe(true)
    await vi.advanceTimersByTimeAsync(ASSOCIATE_ATTEMPT_TIMEOUT_MS * 2)
    expect(calls[0]!.args.signal.aborted).toBe(false)
    host.wrapper.unmount()
    wrapper = undefined
    expect(calls[0]!.args.signal.aborted).toBe(false)
  })

  it('two Link now in flight for different tickets: each stays in linking until its own request ends', async () => {
    seedPendingLinks('TCK-A', 'TCK-B')
    const { associate, calls } = handSettledAssociate()
    const refresh = vi.fn()
    const host = mountPanelHost({ associate, refresh })
    wrapper = host.wrapper
    const linkA = host.embed.retryLink('TCK-A')
    const linkB = host.embed.retryLink('TCK-B')
    expect(calls.map((call) => call.args.ticketId)).toEqual(['TCK-A', 'TCK-B'])
    expect([...host.embed.linking.value]).toEqual(['TCK-A', 'TCK-B'])

    calls[0]!.resolve(undefined)
    expect(await linkA).toBe(true)
    expect([...host.embed.linking.value]).toEqual(['TCK-B'])
    expect(host.embed.pendingLinks.value.map((link) => link.ticketId)).toEqual(['TCK-B'])
    expect(await host.embed.retryLink('TCK-B')).toBe(false) // still in flight: no second POST
    expect(associate).toHaveBeenCalledTimes(2)

    calls[1]!.reject(httpError(409))
    expect(await linkB).toBe(true)
    expect(host.embed.linking.value.size).toBe(0)
    expect(host.embed.pendingLinks.value).toEqual([])
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('a failing refresh after a successful Link now shows the refreshFailed toast and still resolves true', async () => {
    seedPendingLinks('TCK-A')
    const notify = vi.fn()
    const host = mountPanelHost({
      associate: async () => undefined,
      refresh: async () => Promise.reject(new Error('list down')),
      notify,
    })
    wrapper = host.wrapper
    expect(await host.embed.retryLink('TCK-A')).toBe(true)
    expect(notify).toHaveBeenCalledExactlyOnceWith({ variant: 'error', key: 'refreshFailed', title: DEFAULT_NOTIFY_MESSAGES.refreshFailed })
    expect(host.embed.pendingLinks.value).toEqual([])
  })

  it('TCKT-S04: Link now on B goes ahead while the machine links A; Link now on A waits for the machine', async () => {
    seedPendingLinks('TCK-B')
    const { associate, calls } = handSettledAssociate()
    const host = mountPanelHost({ associate })
    wrapper = host.wrapper
    await host.openReady()
    host.post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-A' })
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.state.value).toBe('associating')
    expect(calls.map((call) => call.args.ticketId)).toEqual(['TCK-A'])

    // bfcache: the page hides but survives, so A is kept pending while the machine still links it.
    window.dispatchEvent(new Event('pagehide'))
    expect(host.embed.pendingLinks.value.map((link) => link.ticketId)).toEqual(['TCK-B', 'TCK-A'])
    expect(await host.embed.retryLink('TCK-A')).toBe(false)
    expect(calls).toHaveLength(1)

    const linkB = host.embed.retryLink('TCK-B')
    expect(calls.map((call) => call.args.ticketId)).toEqual(['TCK-A', 'TCK-B'])
    calls[1]!.resolve(undefined)
    expect(await linkB).toBe(true)

    // The machine links A: it is no longer pending.
    calls[0]!.resolve(undefined)
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.pendingLinks.value).toEqual([])
  })

  it('without a refresh option a successful Link now resolves true with no toast', async () => {
    seedPendingLinks('TCK-A')
    const notify = vi.fn()
    const host = mountPanelHost({ associate: async () => undefined, notify })
    wrapper = host.wrapper
    expect(await host.embed.retryLink('TCK-A')).toBe(true)
    expect(notify).not.toHaveBeenCalled()
    expect(host.embed.pendingLinks.value).toEqual([])
  })

  it('Link now goes ahead on the ticket the machine gave up linking, once the panel has closed', async () => {
    const { associate, calls } = handSettledAssociate()
    const host = mountPanelHost({ associate, fallbackAssociate: 'always' })
    wrapper = host.wrapper
    await host.openReady()
    host.post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-A' })
    await vi.advanceTimersByTimeAsync(0)
    calls[0]!.reject(httpError(400))
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.state.value).toBe('hidden')
    // The closed panel's context still names TCK-A: it is not being linked, so "Link now" must POST it.
    expect(host.embed.ticket.value?.ticketId).toBe('TCK-A')
    const link = host.embed.retryLink('TCK-A')
    expect(calls.map((call) => call.args.ticketId)).toEqual(['TCK-A', 'TCK-A'])
    calls[1]!.resolve(undefined)
    expect(await link).toBe(true)
    expect(host.embed.pendingLinks.value).toEqual([])
  })

  it('a pagehide or unmount after a ticket was linked and the panel closed keeps nothing', async () => {
    const host = mountPanelHost({ associate: async () => undefined })
    wrapper = host.wrapper
    await host.openReady()
    host.post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-A', isAutoAssociated: true })
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.state.value).toBe('hidden')
    expect(host.embed.ticket.value?.ticketId).toBe('TCK-A')
    window.dispatchEvent(new Event('pagehide'))
    expect(host.embed.pendingLinks.value).toEqual([])
    host.wrapper.unmount()
    wrapper = undefined
    expect(storedTicketIds()).toEqual([])
  })

  it('a pagehide while not linking keeps nothing', async () => {
    const host = mountPanelHost({ associate: async () => undefined })
    wrapper = host.wrapper
    await host.openReady()
    window.dispatchEvent(new Event('pagehide'))
    expect(host.embed.pendingLinks.value).toEqual([])
  })

  it('listens to pagehide while mounted and stops on unmount', () => {
    const pagehideListeners = countListeners(window, 'pagehide')
    const host = mountPanelHost()
    expect(pagehideListeners()).toBe(1)
    host.wrapper.unmount()
    expect(pagehideListeners()).toBe(0)
  })
})
