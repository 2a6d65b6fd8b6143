import { nextTick } from 'vue'
import type { UseTicketEmbedOptions, UseTicketEmbedReturn } from '../../composables/useTicketEmbed'
import { CUSTOMER, EMBED_ORIGIN } from '../support/machineHarness'
import { mountPanelHost, type PanelHost } from '../support/panelHost'

let host: PanelHost | undefined
let embed: UseTicketEmbedReturn

function mountPanel(options: Partial<UseTicketEmbedOptions> = {}) {
  host = mountPanelHost(options)
  embed = host.embed
}

const frameWindow = () => embed.iframe.value!.contentWindow!
const post = (data: unknown) => host!.post(data)
const preconnects = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map((link) => link.href)

beforeEach(() => {
  vi.useFakeTimers()
  sessionStorage.clear()
  for (const link of document.head.querySelectorAll('link[rel="preconnect"]')) link.remove()
})
afterEach(() => {
  host?.wrapper.unmount()
  host = undefined
  vi.useRealTimers()
})

describe('useTicketEmbed: prepare()', () => {
  it('SPEED-12: preconnects to the embed origin once, however often the menu opens; not with preconnect: false', async () => {
    mountPanel({ preload: 'none' })
    embed.prepare()
    embed.prepare()
    expect(preconnects()).toEqual([`${EMBED_ORIGIN}/`])
    host!.wrapper.unmount()

    mountPanel({ preload: 'none' })
    embed.prepare()
    expect(preconnects()).toEqual([`${EMBED_ORIGIN}/`])
    for (const link of document.head.querySelectorAll('link[rel="preconnect"]')) link.remove()
    host!.wrapper.unmount()

    mountPanel({ preload: 'none', preconnect: false })
    embed.prepare()
    expect(preconnects()).toEqual([])
    expect(embed.frameMounted.value).toBe(false)
  })

  it('SPEED-13: preloads the form mounted but not visible; EMBED_INIT goes to it, at the exact origin, only when the agent opens it', async () => {
    mountPanel()
    embed.prepare()
    await nextTick()
    expect(embed.frameMounted.value).toBe(true)
    expect(embed.visible.value).toBe(false)
    const postMessage = vi.spyOn(frameWindow(), 'postMessage')
    post({ type: 'EMBED_READY', version: 1 })
    expect(embed.snapshot.value.matches({ hidden: 'warm' })).toBe(true)
    expect(postMessage).not.toHaveBeenCalled()

    embed.open()
    await nextTick()
    expect(embed.state.value).toBe('ready')
    expect(embed.visible.value).toBe(true)
    expect(postMessage).toHaveBeenCalledTimes(1)
    expect(postMessage.mock.calls[0]![1]).toBe(EMBED_ORIGIN)
    expect(postMessage.mock.calls[0]![0]).toMatchObject({ type: 'EMBED_INIT', qontakCustomerId: CUSTOMER.qontakCustomerId })
  })

  it('SPEED-14: a ticket reported by a form not shown yet is not passed on; one reported by the shown form is, with its subject', async () => {
    const onTicketCreated = vi.fn()
    const track = vi.fn()
    mountPanel({ onTicketCreated, track })
    embed.prepare()
    await nextTick()
    post({ type: 'EMBED_READY', version: 1 })
    post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', isAutoAssociated: true })
    expect(onTicketCreated).not.toHaveBeenCalled()
    expect(track).not.toHaveBeenCalled()

    embed.open()
    await nextTick()
    post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-2', isAutoAssociated: true, subject: 'Printer > scanner' })
    expect(onTicketCreated).toHaveBeenCalledWith({ ticketId: 'TCK-2', pipelineId: null, isAutoAssociated: true, subject: 'Printer > scanner' })
    // Listed at once: the panel is out of sight while the list is re-fetched.
    expect(embed.visible.value).toBe(false)
  })

  it('SPEED-15: an onTicketCreated that throws does not stop the panel: the ticket is still linked and listed', async () => {
    const refresh = vi.fn()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    mountPanel({ onTicketCreated: () => { throw new Error('list broke') }, refresh })
    embed.open()
    await nextTick()
    post({ type: 'EMBED_READY', version: 1 })
    post({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-3', isAutoAssociated: true })
    await vi.advanceTimersByTimeAsync(0)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(error).toHaveBeenCalledWith('[ticket-embed] the "onTicketCreated" option threw; ignoring it.', expect.any(Error))
  })

  it('SPEED-16: an unconfigured panel neither preconnects nor preloads', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    mountPanel({ embedUrl: 'http://crm.example.com/embed' })
    embed.prepare()
    expect(preconnects()).toEqual([])
    expect(embed.frameMounted.value).toBe(false)
  })
})
