import { CLOSE_GRACE_MS, CREATE_IN_FLIGHT_GRACE_MS, DEFAULT_READY_TIMEOUT_MS } from '../../machines/constants'
import {
  CUSTOMER,
  EMBED_ORIGIN,
  READY,
  createError,
  created,
  embedEvent,
  flush,
  httpError,
  resize,
  startMachine,
} from '../support/machineHarness'
import type { EmbedToHostMessage } from '../../protocol/messages'

const stateOf = (h: ReturnType<typeof startMachine>) => h.actor.getSnapshot().value
const IDLE = { hidden: 'idle' }
const LISTENING = { hidden: 'listening' }

/** Opens the panel and lets the embed report ready, as the happy path does. */
function openReady(input: Parameters<typeof startMachine>[0] = {}) {
  const h = startMachine(input)
  h.actor.send({ type: 'panel.open' })
  h.actor.send(embedEvent(READY))
  expect(stateOf(h)).toBe('ready')
  return h
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ticketEmbedMachine', () => {
  it('starts hidden (idle) and opens into loading', () => {
    const h = startMachine()
    expect(stateOf(h)).toEqual(IDLE)
    h.actor.send({ type: 'panel.open' })
    expect(stateOf(h)).toBe('loading')
    expect(h.track).toHaveBeenCalledWith({ name: 'Opened' })
  })

  it('does not open with an embed URL it may not load, nor with an invalid customer id', () => {
    for (const input of [{ embedUrl: 'http://crm.example.com/embed' }, { customer: { qontakCustomerId: '../x' } }]) {
      const h = startMachine(input)
      h.actor.send({ type: 'panel.open' })
      expect(stateOf(h)).toEqual(IDLE)
    }
  })

  it('TCKT-S01/ERR-1: no EMBED_READY within the ready timeout → error with reason timeout', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    vi.advanceTimersByTime(DEFAULT_READY_TIMEOUT_MS - 1)
    expect(stateOf(h)).toBe('loading')
    vi.advanceTimersByTime(1)
    expect(stateOf(h)).toBe('error')
    expect(h.actor.getSnapshot().context.error).toEqual({ reason: 'timeout' })
    expect(h.track).toHaveBeenCalledWith({ name: 'Timeout' })
  })

  it('honours readyTimeoutMs', () => {
    const h = startMachine({ readyTimeoutMs: 500 })
    h.actor.send({ type: 'panel.open' })
    vi.advanceTimersByTime(500)
    expect(stateOf(h)).toBe('error')
  })

  it('TCKT-S01/ERR-1: a late EMBED_READY after the timeout recovers to ready and sends EMBED_INIT', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    vi.advanceTimersByTime(DEFAULT_READY_TIMEOUT_MS)
    h.actor.send(embedEvent(READY))
    expect(stateOf(h)).toBe('ready')
    expect(h.actor.getSnapshot().context.error).toBeNull()
    expect(h.postEmbedInit).toHaveBeenCalledTimes(1)
  })

  it('TCKT-S02/AC-1: a trusted EMBED_READY sends exactly one EMBED_INIT to the exact embed origin', () => {
    const h = openReady()
    expect(h.postEmbedInit).toHaveBeenCalledTimes(1)
    expect(h.postEmbedInit).toHaveBeenCalledWith(EMBED_ORIGIN, CUSTOMER)
    vi.advanceTimersByTime(DEFAULT_READY_TIMEOUT_MS * 2)
    expect(stateOf(h)).toBe('ready')
  })

  it('TCKT-S02/ERR-1: EMBED_READY from another origin sends no EMBED_INIT and changes nothing', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    const before = h.actor.getSnapshot()
    h.actor.send(embedEvent(READY, { origin: 'https://evil.example' }))
    h.actor.send(embedEvent(READY, { origin: 'https://crm.example.com:8443' }))
    h.actor.send(embedEvent(READY, { origin: 'http://crm.example.com' }))
    expect(h.postEmbedInit).not.toHaveBeenCalled()
    expect(h.actor.getSnapshot()).toBe(before)
  })

  it('TCKT-S02/ERR-2: EMBED_READY from another frame of the same origin sends no EMBED_INIT', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    const before = h.actor.getSnapshot()
    h.actor.send(embedEvent(READY, { fromOwnFrame: false }))
    expect(h.postEmbedInit).not.toHaveBeenCalled()
    expect(h.actor.getSnapshot()).toBe(before)
  })

  it('re-sends EMBED_INIT when the embed reports ready again while ready', () => {
    const h = openReady()
    h.actor.send(embedEvent(READY))
    expect(h.postEmbedInit).toHaveBeenCalledTimes(2)
    expect(stateOf(h)).toBe('ready')
  })

  it('frame.reloaded in ready → loading, and waits for a new EMBED_READY (or times out)', () => {
    const h = openReady()
    h.actor.send({ type: 'frame.reloaded' })
    expect(stateOf(h)).toBe('loading')
    vi.advanceTimersByTime(DEFAULT_READY_TIMEOUT_MS)
    expect(stateOf(h)).toBe('error')
  })

  it('TCKT-S03/AC-1..3: a created ticket (auto-associated) → success toast, Created event, list refresh, hidden', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-42', { pipelineId: 'pl-support', isAutoAssociated: true })))
    expect(stateOf(h)).toBe('success')
    expect(h.notify).toHaveBeenCalledWith({ variant: 'success', key: 'ticketCreated' })
    expect(h.track).toHaveBeenCalledWith({ name: 'Created' })
    expect(h.refreshCalls).toHaveLength(1)
    expect(h.actor.getSnapshot().context.ticket).toEqual({ ticketId: 'TCK-42', pipelineId: 'pl-support', isAutoAssociated: true })
    h.refreshCalls[0]!.resolve(undefined)
    await flush()
    expect(stateOf(h)).toEqual(IDLE)
  })

  it('TCKT-S03/ERR-1: TICKET_CREATED with version 2 or from a wrong origin has no side effect', () => {
    const h = openReady()
    const before = h.actor.getSnapshot()
    h.actor.send(embedEvent(created(), { version: 2 }))
    h.actor.send(embedEvent(created(), { version: '1' }))
    h.actor.send(embedEvent(created(), { origin: 'https://evil.example' }))
    h.actor.send(embedEvent(created(), { fromOwnFrame: false }))
    expect(h.actor.getSnapshot()).toBe(before)
    expect(h.notify).not.toHaveBeenCalled()
    expect(h.refreshCalls).toHaveLength(0)
    expect(h.associateCalls).toHaveLength(0)
    expect(h.track).toHaveBeenCalledTimes(2) // Opened, Ready — nothing since
  })

  it('TCKT-S03/ERR-2: TICKET_CREATE_ERROR → error with the code and message, emitted, retry reloads the frame', () => {
    const h = openReady()
    const emitted = vi.fn()
    h.actor.on('error', emitted)
    h.actor.send(embedEvent(createError('AUTH_REQUIRED', 'Please sign in to the CRM again')))
    expect(stateOf(h)).toBe('error')
    const error = { reason: 'embed', code: 'AUTH_REQUIRED', message: 'Please sign in to the CRM again' }
    expect(h.actor.getSnapshot().context.error).toEqual(error)
    expect(emitted).toHaveBeenCalledWith({ type: 'error', error })
    const frameKey = h.actor.getSnapshot().context.frameKey
    h.actor.send({ type: 'panel.retry' })
    expect(stateOf(h)).toBe('loading')
    expect(h.actor.getSnapshot().context.frameKey).toBe(frameKey + 1)
    expect(h.actor.getSnapshot().context.error).toBeNull()
  })

  it('TCKT-S03/ERR-2: a create error while loading also lands in error', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    h.actor.send(embedEvent(createError('AUTH_REQUIRED')))
    expect(h.actor.getSnapshot().context.error).toEqual({ reason: 'embed', code: 'AUTH_REQUIRED' })
  })

  it('resize: height is clamped to [minHeight, maxHeight] and emitted; untrusted resize is ignored', () => {
    const h = openReady({ minHeight: 300, maxHeight: 900 })
    const emitted = vi.fn()
    h.actor.on('resize', emitted)
    h.actor.send(embedEvent(resize(640)))
    expect(h.actor.getSnapshot().context.height).toBe(640)
    h.actor.send(embedEvent(resize(10)))
    expect(h.actor.getSnapshot().context.height).toBe(300)
    h.actor.send(embedEvent(resize(50_000)))
    expect(h.actor.getSnapshot().context.height).toBe(900)
    expect(emitted.mock.calls.map(([event]) => event.height)).toEqual([640, 300, 900])
    h.actor.send(embedEvent(resize(500), { origin: 'https://evil.example' }))
    expect(h.actor.getSnapshot().context.height).toBe(900)
    expect(stateOf(h)).toBe('ready')
  })

  it('uses the default bounds 240–2000 px', () => {
    const h = openReady()
    h.actor.send(embedEvent(resize(1)))
    expect(h.actor.getSnapshot().context.height).toBe(240)
    h.actor.send(embedEvent(resize(3000)))
    expect(h.actor.getSnapshot().context.height).toBe(2000)
  })

  it('TCKT-S01/AC-1: panel.close and a trusted EMBED_CLOSE hide the panel from loading, ready and error', () => {
    for (const close of [{ type: 'panel.close' } as const, embedEvent({ type: 'EMBED_CLOSE', version: 1 })]) {
      const h = openReady()
      h.actor.send(close)
      // From the form itself the panel hides but still listens for a ticket created just before.
      expect(stateOf(h)).toEqual(LISTENING)
      vi.advanceTimersByTime(CLOSE_GRACE_MS)
      expect(stateOf(h)).toEqual(IDLE)
      h.actor.send({ type: 'panel.open' })
      h.actor.send(close)
      expect(stateOf(h)).toEqual(IDLE)
      h.actor.send({ type: 'panel.open' })
      vi.advanceTimersByTime(DEFAULT_READY_TIMEOUT_MS)
      h.actor.send(close)
      expect(stateOf(h)).toEqual(IDLE)
    }
  })

  it('TCKT-S04/AC-1: an auto-associated ticket is not POSTed', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: true })))
    await flush()
    expect(h.associateCalls).toHaveLength(0)
    expect(h.actor.getSnapshot().context.linkStatus).toBe('auto')
  })

  it('TCKT-S04/AC-2: a ticket not auto-associated is POSTed once with its id, then the list refreshes', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-7', { isAutoAssociated: false })))
    expect(stateOf(h)).toEqual({ associating: 'attempting' })
    expect(h.associateCalls).toHaveLength(1)
    expect(h.associateCalls[0]!.input).toEqual({ contactId: 'cus-1001', ticketId: 'TCK-7', attempt: 1 })
    expect(h.refreshCalls).toHaveLength(0) // refresh comes after the link, not before
    h.associateCalls[0]!.resolve({})
    await flush()
    expect(stateOf(h)).toBe('success')
    expect(h.refreshCalls).toHaveLength(1)
    expect(h.associateCalls).toHaveLength(1)
    expect(h.actor.getSnapshot().context.linkStatus).toBe('linked')
    expect(h.rememberPendingLink).not.toHaveBeenCalled()
  })

  it('TCKT-S04: 409 from the POST counts as already linked', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-7')))
    h.associateCalls[0]!.reject(httpError(409))
    await flush()
    expect(stateOf(h)).toBe('success')
    expect(h.actor.getSnapshot().context.linkStatus).toBe('already-linked')
    expect(h.notify).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'linkFailed' }))
  })

  it('TCKT-S04/ERR-1: the POST failing after 3 attempts → warning, Associate Failed event, list still refreshed, pending link kept', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-9', { pipelineId: 'pl-billing' })))
    h.associateCalls[0]!.reject(httpError(503))
    await flush()
    expect(stateOf(h)).toEqual({ associating: 'backingOff' })
    await vi.advanceTimersByTimeAsync(1000) // first backoff: 1 s
    expect(h.associateCalls).toHaveLength(2)
    h.associateCalls[1]!.reject(new TypeError('Failed to fetch'))
    await flush()
    await vi.advanceTimersByTimeAsync(1999)
    expect(h.associateCalls).toHaveLength(2) // second backoff: 2 s
    await vi.advanceTimersByTimeAsync(1)
    expect(h.associateCalls).toHaveLength(3)
    expect(h.associateCalls.map((call) => call.input.attempt)).toEqual([1, 2, 3])
    h.associateCalls[2]!.reject(httpError(500))
    await flush()
    expect(stateOf(h)).toBe('success')
    expect(h.notify).toHaveBeenCalledWith({ variant: 'warning', key: 'linkFailed' })
    expect(h.track).toHaveBeenCalledWith({ name: 'Associate Failed' })
    expect(h.rememberPendingLink).toHaveBeenCalledWith({ ticketId: 'TCK-9', pipelineId: 'pl-billing', isAutoAssociated: false })
    expect(h.refreshCalls).toHaveLength(1)
    expect(h.actor.getSnapshot().context.linkStatus).toBe('failed')
    expect(h.actor.getSnapshot().context.associateFailure).toEqual({ status: 500, message: 'HTTP 500' })
  })

  it('TCKT-S04/ERR-1: a 4xx other than 409 and 429 fails at once, without retries', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-9')))
    h.associateCalls[0]!.reject(httpError(404))
    await flush()
    expect(stateOf(h)).toBe('success')
    expect(h.associateCalls).toHaveLength(1)
    expect(h.rememberPendingLink).toHaveBeenCalledTimes(1)
  })

  it('TCKT-S04: 429 is retried', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-9')))
    h.associateCalls[0]!.reject(httpError(429))
    await flush()
    await vi.advanceTimersByTimeAsync(1000)
    h.associateCalls[1]!.resolve({})
    await flush()
    expect(h.actor.getSnapshot().context.linkStatus).toBe('linked')
  })

  it('TCKT-S04: an attempt that hangs is aborted after 10 s and retried', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-9')))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(h.associateCalls[0]!.signal.aborted).toBe(true)
    expect(stateOf(h)).toEqual({ associating: 'backingOff' })
    await vi.advanceTimersByTimeAsync(1000 + 10_000 + 2000 + 10_000)
    expect(stateOf(h)).toBe('success')
    expect(h.associateCalls).toHaveLength(3)
    expect(h.actor.getSnapshot().context.associateFailure).toEqual({ message: 'attempt timed out' })
    expect(h.rememberPendingLink).toHaveBeenCalledTimes(1)
  })

  it('fallbackAssociate always / never', async () => {
    const always = openReady({ fallbackAssociate: 'always' })
    always.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: true })))
    expect(always.associateCalls).toHaveLength(1)
    const never = openReady({ fallbackAssociate: 'never' })
    never.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: false })))
    expect(never.associateCalls).toHaveLength(0)
    expect(never.actor.getSnapshot().context.linkStatus).toBe('skipped')
  })

  it('panel.close is ignored while linking and refreshing: a created ticket is never dropped', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-9')))
    h.actor.send({ type: 'panel.close' })
    expect(stateOf(h)).toEqual({ associating: 'attempting' })
    h.associateCalls[0]!.resolve({})
    await flush()
    h.actor.send({ type: 'panel.close' })
    expect(stateOf(h)).toBe('success')
  })

  it('a second ticket created while the first is linked or the list refreshed is kept as a pending link', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-1')))
    h.actor.send(embedEvent(created('TCK-1'))) // the same message again: nothing new
    h.actor.send(embedEvent(created('TCK-2')))
    expect(h.rememberPendingLink).toHaveBeenCalledTimes(1)
    expect(h.rememberPendingLink).toHaveBeenCalledWith({ ticketId: 'TCK-2', pipelineId: null, isAutoAssociated: false })
    expect(h.actor.getSnapshot().context.ticket?.ticketId).toBe('TCK-1')
    h.associateCalls[0]!.resolve({})
    await flush()
    expect(stateOf(h)).toBe('success')
    h.actor.send(embedEvent(created('TCK-3')))
    h.actor.send(embedEvent(created('TCK-4', { isAutoAssociated: true }))) // linked by the CRM: nothing to keep
    h.actor.send(embedEvent(created('TCK-5'), { origin: 'https://evil.example' }))
    expect(h.rememberPendingLink.mock.calls.map(([ticket]) => ticket.ticketId)).toEqual(['TCK-2', 'TCK-3'])
    expect(h.associateCalls).toHaveLength(1)
  })

  it('a failed or hanging list refresh still closes the panel, with a toast', async () => {
    const failing = openReady()
    failing.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: true })))
    failing.refreshCalls[0]!.reject(new Error('offline'))
    await flush()
    expect(stateOf(failing)).toEqual(IDLE)
    expect(failing.notify).toHaveBeenCalledWith({ variant: 'error', key: 'refreshFailed' })
    const hanging = openReady()
    hanging.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: true })))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(stateOf(hanging)).toEqual(IDLE)
  })

  it('reopening starts a clean session', () => {
    const h = openReady()
    h.actor.send(embedEvent(resize(700)))
    h.actor.send(embedEvent(createError('X')))
    h.actor.send({ type: 'panel.close' })
    h.actor.send({ type: 'panel.open' })
    const { height, error, ticket } = h.actor.getSnapshot().context
    expect({ height, error, ticket }).toEqual({ height: null, error: null, ticket: null })
  })
})

const STARTED: EmbedToHostMessage = { type: 'TICKET_CREATE_STARTED', version: 1 }
const CLOSE: EmbedToHostMessage = { type: 'EMBED_CLOSE', version: 1 }
const UNTRUSTED = [{ origin: 'https://evil.example' }, { fromOwnFrame: false }, { version: 2 }] as const

describe('ticketEmbedMachine: nothing lost on close', () => {
  it('CLOSE-1: closing from ready hides the panel but listens for closeGrace (10 s by default), then forgets the frame', () => {
    const h = openReady()
    h.actor.send({ type: 'panel.close' })
    expect(stateOf(h)).toEqual(LISTENING)
    expect(h.actor.getSnapshot().context.dismissed).toBe(true)
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 1)
    expect(stateOf(h)).toEqual(LISTENING)
    vi.advanceTimersByTime(1)
    expect(stateOf(h)).toEqual(IDLE)
    expect(h.track.mock.calls.map(([params]) => params.name)).toEqual(['Opened', 'Ready', 'Closed'])
  })

  it('CLOSE-1: closing from loading or error forgets the frame at once (no EMBED_INIT, no form to submit)', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    h.actor.send({ type: 'panel.close' })
    expect(stateOf(h)).toEqual(IDLE)
    h.actor.send({ type: 'panel.open' })
    h.actor.send(embedEvent(READY))
    h.actor.send(embedEvent(createError('X')))
    h.actor.send({ type: 'panel.close' })
    expect(stateOf(h)).toEqual(IDLE)
  })

  it('CLOSE-2 (TCKT-S03/AC-1..3): EMBED_CLOSE immediately followed by TICKET_CREATED → linked by the CRM, toast, Created, refresh, without showing the panel', async () => {
    const h = openReady()
    h.actor.send(embedEvent(CLOSE))
    h.actor.send(embedEvent(created('TCK-7', { isAutoAssociated: true })))
    expect(stateOf(h)).toBe('success')
    expect(h.actor.getSnapshot().context).toMatchObject({ dismissed: true, linkStatus: 'auto', ticket: { ticketId: 'TCK-7' } })
    expect(h.notify).toHaveBeenCalledWith({ variant: 'success', key: 'ticketCreated' })
    expect(h.track).toHaveBeenCalledWith({ name: 'Created' })
    h.refreshCalls[0]!.resolve(undefined)
    await flush()
    expect(stateOf(h)).toEqual(IDLE)
  })

  it('CLOSE-2 (TCKT-S04/AC-2, ERR-1): a late ticket the CRM did not link is linked by the host, or kept as a pending link', async () => {
    const linked = openReady()
    linked.actor.send({ type: 'panel.close' })
    linked.actor.send(embedEvent(created('TCK-8')))
    expect(stateOf(linked)).toEqual({ associating: 'attempting' })
    expect(linked.associateCalls[0]!.input).toMatchObject({ contactId: CUSTOMER.qontakCustomerId, ticketId: 'TCK-8' })
    linked.associateCalls[0]!.resolve({})
    await flush()
    expect(linked.actor.getSnapshot().context.linkStatus).toBe('linked')

    const failing = openReady()
    failing.actor.send({ type: 'panel.close' })
    failing.actor.send(embedEvent(created('TCK-9')))
    failing.associateCalls[0]!.reject(httpError(400))
    await flush()
    expect(stateOf(failing)).toBe('success')
    expect(failing.rememberPendingLink).toHaveBeenCalledWith({ ticketId: 'TCK-9', pipelineId: null, isAutoAssociated: false })
    expect(failing.notify).toHaveBeenCalledWith({ variant: 'warning', key: 'linkFailed' })
  })

  it('CLOSE-3: after TICKET_CREATE_STARTED a closed panel waits createInFlightGrace (30 s), then reports Create Unreported', () => {
    const h = openReady()
    h.actor.send(embedEvent(STARTED))
    expect(h.actor.getSnapshot().context.createInFlight).toBe(true)
    h.actor.send({ type: 'panel.close' })
    vi.advanceTimersByTime(CREATE_IN_FLIGHT_GRACE_MS - 1)
    expect(stateOf(h)).toEqual(LISTENING)
    expect(h.track).not.toHaveBeenCalledWith({ name: 'Create Unreported' })
    vi.advanceTimersByTime(1)
    expect(stateOf(h)).toEqual(IDLE)
    expect(h.track).toHaveBeenLastCalledWith({ name: 'Create Unreported' })
  })

  it('CLOSE-3: closeGraceMs and createInFlightGraceMs are options', () => {
    const h = openReady({ closeGraceMs: 500, createInFlightGraceMs: 2_000 })
    h.actor.send({ type: 'panel.close' })
    vi.advanceTimersByTime(500)
    expect(stateOf(h)).toEqual(IDLE)
    h.actor.send({ type: 'panel.open' })
    h.actor.send(embedEvent(READY))
    h.actor.send(embedEvent(STARTED))
    h.actor.send({ type: 'panel.close' })
    vi.advanceTimersByTime(1_999)
    expect(stateOf(h)).toEqual(LISTENING)
    vi.advanceTimersByTime(1)
    expect(stateOf(h)).toEqual(IDLE)
  })

  it('CLOSE-3: the result of a create ends the in-flight mark; an untrusted TICKET_CREATE_STARTED sets nothing', () => {
    const h = openReady()
    for (const envelope of UNTRUSTED) h.actor.send(embedEvent(STARTED, envelope))
    expect(h.actor.getSnapshot().context.createInFlight).toBe(false)
    h.actor.send(embedEvent(STARTED))
    h.actor.send(embedEvent(createError('X')))
    expect(h.actor.getSnapshot().context.createInFlight).toBe(false)
    h.actor.send({ type: 'panel.retry' })
    h.actor.send(embedEvent(READY))
    h.actor.send(embedEvent(STARTED))
    h.actor.send({ type: 'frame.reloaded' })
    expect(h.actor.getSnapshot().context.createInFlight).toBe(false)
  })

  it('CLOSE-4 (TCKT-S03/ERR-2): TICKET_CREATE_ERROR during the window → closed for good, with an error toast and the Error event', () => {
    const h = openReady()
    h.actor.send(embedEvent(STARTED))
    h.actor.send({ type: 'panel.close' })
    h.actor.send(embedEvent(createError('SERVER_ERROR', 'CRM is down')))
    expect(stateOf(h)).toEqual(IDLE)
    expect(h.notify).toHaveBeenCalledWith({ variant: 'error', key: 'createFailedAfterClose' })
    expect(h.track).toHaveBeenLastCalledWith({ name: 'Error' })
    expect(h.actor.getSnapshot().context).toMatchObject({ createInFlight: false, error: { reason: 'embed', code: 'SERVER_ERROR' } })
  })

  it('CLOSE-5: panel.open during the window shows the same frame again in ready, the create still awaited', () => {
    const h = openReady()
    h.actor.send(embedEvent(resize(640)))
    h.actor.send(embedEvent(STARTED))
    h.actor.send({ type: 'panel.close' })
    const { frameKey } = h.actor.getSnapshot().context
    h.actor.send({ type: 'panel.open' })
    expect(stateOf(h)).toBe('ready')
    expect(h.actor.getSnapshot().context).toMatchObject({ frameKey, height: 640, createInFlight: true, dismissed: false })
    // The frame has the customer already: no second EMBED_INIT.
    expect(h.postEmbedInit).toHaveBeenCalledTimes(1)
    h.actor.send(embedEvent(created('TCK-10', { isAutoAssociated: true })))
    expect(stateOf(h)).toBe('success')
    // Out of sight again at once only because the page lists the ticket itself (optimisticList, the default).
    expect(h.actor.getSnapshot().context.dismissed).toBe(true)
  })

  it('CLOSE-6 (TCKT-S02/ERR-1..2, S03/ERR-1): a forged or stray message during the window changes nothing', () => {
    const h = openReady()
    h.actor.send({ type: 'panel.close' })
    const before = h.actor.getSnapshot()
    h.notify.mockClear()
    h.track.mockClear()
    h.postEmbedInit.mockClear()
    for (const envelope of UNTRUSTED) {
      for (const message of [created('TCK-66'), createError('FORGED'), STARTED, CLOSE, READY, resize(900)]) {
        h.actor.send(embedEvent(message, envelope))
      }
    }
    // Trusted but meaningless while closed: the embed asking to close or resize again.
    h.actor.send(embedEvent(CLOSE))
    h.actor.send(embedEvent(resize(900)))
    expect(h.actor.getSnapshot().value).toEqual(before.value)
    expect(h.actor.getSnapshot().context).toEqual(before.context)
    expect([...h.notify.mock.calls, ...h.track.mock.calls, ...h.postEmbedInit.mock.calls]).toEqual([])
  })
})
