import { fireEvent, screen, within } from '@testing-library/vue'
import { nextTick } from 'vue'
import { toast } from '@mekari/pixel3'
import { DEFAULT_READY_TIMEOUT_MS } from '../../machines/constants'
import { pendingLinksKey } from '../../composables/usePendingLinks'
import { advance, settle, useCrmServer, useStatechartClock } from './support/crmServer'
import { makeTicket, signalOf } from './support/crmBackend'
import { CONTACT, EMBED_ORIGIN, embedMessage, getFrame, mountTickets, openCreatePanel, openMenu, postFromEmbed } from './support/mountTickets'

/**
 * Fault injection through the real fetch path (msw) and real window messages. Each test name says
 * the fault and the outcome the agent gets.
 */
const crm = useCrmServer()
const panel = () => screen.queryByTestId('ticket-embed-panel')
const pendingRows = () => screen.queryAllByTestId('pending-link-row')
const LINK_FAILED = "Ticket created but couldn't be linked"

async function readyPanel() {
  await openCreatePanel()
  postFromEmbed(embedMessage.ready())
  await nextTick()
}

/** Mounts the section, opens the form, and reports ticket `id` (not linked by the CRM). */
async function createUnlinkedTicket(id: string, ...linkOutcomes: (number | 'network')[]) {
  useStatechartClock()
  const notify = vi.spyOn(toast, 'notify')
  const mounted = mountTickets()
  await settle()
  await readyPanel()
  crm.backend.addTicket(makeTicket(id, `Subject ${id}`))
  crm.backend.failNextLinks(...linkOutcomes)
  postFromEmbed(embedMessage.created(id))
  await settle()
  return { ...mounted, notify }
}

/** Lets all backoffs (1 s, 2 s) run. */
const runBackoffs = () => advance(3_000)

describe('fault injection: the associate endpoint', () => {
  it.each([
    [500, 500, 500],
    [503, 503, 503],
    [429, 429, 429],
  ])('%i on every attempt → 3 POSTs, then "Not linked yet" with a warning; nothing is lost', async (...statuses) => {
    const { notify } = await createUnlinkedTicket('tk-500', ...statuses)
    await runBackoffs()
    expect(crm.backend.posts()).toHaveLength(3)
    expect(panel()).toBeNull()
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: LINK_FAILED }))
    expect(pendingRows().map((row) => row.textContent)).toEqual([expect.stringContaining('tk-500')])
    expect(JSON.parse(window.sessionStorage.getItem(pendingLinksKey(CONTACT.id))!)).toEqual([
      expect.objectContaining({ ticketId: 'tk-500' }),
    ])
  })

  it('503 once, then 201 → linked on the second attempt, no warning, no pending link', async () => {
    const { notify } = await createUnlinkedTicket('tk-503', 503)
    await runBackoffs()
    expect(crm.backend.posts()).toHaveLength(2)
    expect(crm.backend.isLinked(CONTACT.id, 'tk-503')).toBe(true)
    expect(notify).not.toHaveBeenCalledWith(expect.objectContaining({ title: LINK_FAILED }))
    expect(pendingRows()).toEqual([])
    expect(await screen.findByText('Subject tk-503')).toBeTruthy()
  })

  it('429 once, then 201 → linked after the backoff', async () => {
    await createUnlinkedTicket('tk-429', 429)
    expect(crm.backend.posts()).toHaveLength(1)
    await advance(1_000)
    expect(crm.backend.posts()).toHaveLength(2)
    expect(crm.backend.isLinked(CONTACT.id, 'tk-429')).toBe(true)
  })

  it('409 → counts as linked: one POST, no warning, no pending link', async () => {
    const { notify } = await createUnlinkedTicket('tk-409', 409)
    await runBackoffs()
    expect(crm.backend.posts()).toHaveLength(1)
    expect(notify).not.toHaveBeenCalledWith(expect.objectContaining({ title: LINK_FAILED }))
    expect(pendingRows()).toEqual([])
  })

  it('404 → fails at once (no retry): one POST, then "Not linked yet" with a warning', async () => {
    const { notify, track } = await createUnlinkedTicket('tk-404', 404)
    await runBackoffs()
    expect(crm.backend.posts()).toHaveLength(1)
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: LINK_FAILED }))
    expect(track).toHaveBeenCalledWith(expect.stringContaining('Associate Failed'), {
      contact_id: CONTACT.id,
      ticket_id: 'tk-404',
      reason: 'http-404',
    })
    expect(pendingRows()).toHaveLength(1)
  })

  it('connection reset on every attempt → retried 3 times, then "Not linked yet"', async () => {
    await createUnlinkedTicket('tk-reset', 'network', 'network', 'network')
    await runBackoffs()
    expect(crm.backend.posts()).toHaveLength(3)
    expect(pendingRows()).toHaveLength(1)
  })

  it('offline for two attempts, then online → linked on the third attempt', async () => {
    await createUnlinkedTicket('tk-offline', 'network', 'network')
    await runBackoffs()
    expect(crm.backend.posts()).toHaveLength(3)
    expect(crm.backend.isLinked(CONTACT.id, 'tk-offline')).toBe(true)
    expect(pendingRows()).toEqual([])
  })

  it('a POST that hangs → aborted after 10 s and retried; three hangs → "Not linked yet"', async () => {
    useStatechartClock()
    mountTickets()
    await settle()
    await readyPanel()
    crm.backend.addTicket(makeTicket('tk-hang', 'Hanging'))
    const release = crm.backend.holdLinks()
    postFromEmbed(embedMessage.created('tk-hang'))
    await settle()
    expect(crm.backend.posts()).toHaveLength(1)
    await advance(10_000)
    expect(signalOf(crm.backend.posts()[0])?.aborted).toBe(true)
    await advance(1_000 + 10_000 + 2_000 + 10_000)
    expect(crm.backend.posts()).toHaveLength(3)
    expect(crm.backend.posts().every((request) => signalOf(request)?.aborted)).toBe(true)
    expect(panel()).toBeNull()
    expect(pendingRows()).toHaveLength(1)
    release()
  })
})

describe('fault injection: the list', () => {
  it('the list refresh after a created ticket fails → panel closes, error toast, the list offers a retry', async () => {
    const notify = vi.spyOn(toast, 'notify')
    mountTickets()
    await settle()
    await readyPanel()
    crm.backend.addTicket(makeTicket('tk-1', 'Created meanwhile'), CONTACT.id)
    crm.backend.failNextLists(500)
    postFromEmbed(embedMessage.created('tk-1', { isAutoAssociated: true }))
    await settle()
    expect(panel()).toBeNull()
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: "Ticket created, but the list couldn't be refreshed" }))
    const retry = await screen.findByRole('button', { name: /retry/i })
    await fireEvent.click(retry)
    expect(await screen.findByText('Created meanwhile')).toBeTruthy()
  })
})

describe('fault injection: the embed', () => {
  it('the iframe navigates away after ready → back to loading (skeleton, aria-busy), EMBED_INIT only after a new EMBED_READY', async () => {
    mountTickets()
    await settle()
    await openCreatePanel()
    const frame = getFrame()
    const postMessage = vi.spyOn(frame.contentWindow!, 'postMessage')
    frame.dispatchEvent(new Event('load'))
    postFromEmbed(embedMessage.ready())
    await nextTick()
    expect(panel()!.dataset.state).toBe('ready')
    expect(postMessage).toHaveBeenCalledTimes(1)

    frame.dispatchEvent(new Event('load')) // the frame loaded another page
    await nextTick()
    expect(panel()!.dataset.state).toBe('loading')
    expect(panel()!.getAttribute('aria-busy')).toBe('true')
    expect(screen.getByTestId('ticket-embed-skeleton')).toBeTruthy()
    postFromEmbed(embedMessage.created('tk-9')) // whatever is there now is not trusted to create
    await nextTick()
    expect(panel()!.dataset.state).toBe('loading')
    postFromEmbed(embedMessage.ready())
    await nextTick()
    expect(panel()!.dataset.state).toBe('ready')
    expect(postMessage).toHaveBeenCalledTimes(2)
    expect(postMessage).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'EMBED_INIT' }), EMBED_ORIGIN)
  })

  it('the embed page crashes (never ready) → inline error after the timeout, with Retry and the "Associate existing" hint', async () => {
    useStatechartClock()
    mountTickets()
    await settle()
    await openCreatePanel()
    await advance(DEFAULT_READY_TIMEOUT_MS)
    const error = screen.getByTestId('ticket-embed-error')
    expect(within(error).getByRole('button', { name: /retry/i })).toBeTruthy()
    expect(error.textContent).toMatch(/Associate existing/)
  })
})

describe('fault injection: double clicks', () => {
  it('"Create Ticket" twice → one panel, one iframe, one Opened event', async () => {
    const { track } = mountTickets()
    await settle()
    await openMenu()
    const item = screen.getByRole('button', { name: 'Create Ticket' })
    await Promise.all([fireEvent.click(item), fireEvent.click(item)])
    expect(screen.getAllByTitle('Create Ticket')).toHaveLength(1)
    expect(screen.getAllByTestId('ticket-embed-panel')).toHaveLength(1)
    expect(track.mock.calls.filter(([name]) => String(name).endsWith('Opened'))).toHaveLength(1)
  })

  it('"Retry" twice → one new iframe (the second click finds the panel loading)', async () => {
    useStatechartClock()
    mountTickets()
    await settle()
    await openCreatePanel()
    await advance(DEFAULT_READY_TIMEOUT_MS)
    const first = getFrame()
    const retry = screen.getByRole('button', { name: /retry/i })
    await fireEvent.click(retry)
    const second = getFrame()
    expect(second).not.toBe(first)
    await fireEvent.click(retry).catch(() => undefined)
    expect(getFrame()).toBe(second)
    expect(panel()!.dataset.state).toBe('loading')
  })

  it('"Link now" twice → one POST', async () => {
    crm.backend.addTicket(makeTicket('tk-twice', 'Twice'))
    window.sessionStorage.setItem(
      pendingLinksKey(CONTACT.id),
      JSON.stringify([{ ticketId: 'tk-twice', pipelineId: null, createdAt: '2024-05-01T08:00:00.000Z' }]),
    )
    mountTickets()
    const row = await screen.findByTestId('pending-link-row')
    const release = crm.backend.holdLinks()
    const button = within(row).getByRole('button', { name: 'Link now' })
    await fireEvent.click(button)
    await fireEvent.click(button)
    release()
    await vi.waitFor(() => expect(screen.queryByTestId('pending-link-row')).toBeNull())
    expect(crm.backend.posts()).toHaveLength(1)
  })
})
