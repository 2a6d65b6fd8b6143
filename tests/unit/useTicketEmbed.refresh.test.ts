import type { VueWrapper } from '@vue/test-utils'
import { DEFAULT_NOTIFY_MESSAGES } from '../../composables/notifyMessages'
import { REFRESH_TIMEOUT_MS } from '../../machines/constants'
import { mountPanelHost } from '../support/panelHost'

/** TCKT-S03: after a created ticket the page's list is re-fetched; the panel always closes. */
let wrapper: VueWrapper | undefined

beforeEach(() => {
  vi.useFakeTimers()
  sessionStorage.clear()
})
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.useRealTimers()
})

const CREATED = { type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', isAutoAssociated: true }

describe('useTicketEmbed list refresh after a created ticket', () => {
  it('TCKT-S03: without a refresh option the panel closes with only the success toast, never refreshFailed', async () => {
    const notify = vi.fn()
    const host = mountPanelHost({ notify })
    wrapper = host.wrapper
    await host.openReady()
    host.post(CREATED)
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.state.value).toBe('hidden')
    expect(notify.mock.calls.map(([toast]) => toast.key)).toEqual(['ticketCreated'])
  })

  it('TCKT-S03: a refresh that fails shows the refreshFailed error toast and still closes', async () => {
    const notify = vi.fn()
    const host = mountPanelHost({ notify, refresh: async () => Promise.reject(new Error('list down')) })
    wrapper = host.wrapper
    await host.openReady()
    host.post(CREATED)
    await vi.advanceTimersByTimeAsync(0)
    expect(host.embed.state.value).toBe('hidden')
    expect(notify).toHaveBeenLastCalledWith({ variant: 'error', key: 'refreshFailed', title: DEFAULT_NOTIFY_MESSAGES.refreshFailed })
  })

  it('TCKT-S03: waits for the refresh before closing, and closes with refreshFailed when it hangs', async () => {
    const notify = vi.fn()
    const refresh = vi.fn(() => new Promise(() => {}))
    const host = mountPanelHost({ notify, refresh })
    wrapper = host.wrapper
    await host.openReady()
    host.post(CREATED)
    await vi.advanceTimersByTimeAsync(REFRESH_TIMEOUT_MS - 1)
    expect(host.embed.state.value).toBe('success')
    expect(refresh).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(host.embed.state.value).toBe('hidden')
    expect(notify).toHaveBeenLastCalledWith(expect.objectContaining({ key: 'refreshFailed' }))
  })
})
