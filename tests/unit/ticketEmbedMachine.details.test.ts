import { ASSOCIATE_ATTEMPT_TIMEOUT_MS, REFRESH_TIMEOUT_MS } from '../../machines/constants'
import { READY, created, embedEvent, flush, httpError, resize, startMachine } from '../support/machineHarness'

/**
 * The details the agent, the host page and analytics rely on beyond which state comes next: what
 * the machine emits, what a new session forgets, and the exact edges of its delays.
 */
const stateOf = (h: ReturnType<typeof startMachine>) => h.actor.getSnapshot().value
const contextOf = (h: ReturnType<typeof startMachine>) => h.actor.getSnapshot().context

function openReady(input: Parameters<typeof startMachine>[0] = {}) {
  const h = startMachine(input)
  h.actor.send({ type: 'panel.open' })
  h.actor.send(embedEvent(READY))
  return h
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ticketEmbedMachine details', () => {
  it('emits ticketCreated with the ticket, a missing pipeline read as null', () => {
    const h = openReady()
    const emitted = vi.fn()
    h.actor.on('ticketCreated', emitted)
    h.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: true })))
    expect(emitted).toHaveBeenCalledExactlyOnceWith({
      type: 'ticketCreated',
      ticket: { ticketId: 'TCK-1', pipelineId: null, isAutoAssociated: true },
    })
    expect(contextOf(h).ticket).toStrictEqual({ ticketId: 'TCK-1', pipelineId: null, isAutoAssociated: true })
  })

  it('emits ticketCreated for a ticket created while another is being linked', () => {
    const h = openReady()
    const emitted = vi.fn()
    h.actor.on('ticketCreated', emitted)
    h.actor.send(embedEvent(created('TCK-1')))
    h.actor.send(embedEvent(created('TCK-2', { pipelineId: 'pl-9' })))
    expect(emitted.mock.calls.map(([event]) => event.ticket)).toEqual([
      { ticketId: 'TCK-1', pipelineId: null, isAutoAssociated: false },
      { ticketId: 'TCK-2', pipelineId: 'pl-9', isAutoAssociated: false },
    ])
  })

  it('TCKT-S04/ERR-1: emits linkFailed with the ticket and the last failure', async () => {
    const h = openReady()
    const emitted = vi.fn()
    h.actor.on('linkFailed', emitted)
    h.actor.send(embedEvent(created('TCK-9')))
    h.associateCalls[0]!.reject(httpError(422))
    await flush()
    expect(emitted).toHaveBeenCalledExactlyOnceWith({
      type: 'linkFailed',
      ticket: { ticketId: 'TCK-9', pipelineId: null, isAutoAssociated: false },
      failure: { status: 422, message: 'HTTP 422' },
    })
  })

  it('an associate rejection without a status is retried and recorded with its message', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-9')))
    h.associateCalls[0]!.reject('socket hang up')
    await flush()
    expect(stateOf(h)).toEqual({ associating: 'backingOff' })
    expect(contextOf(h).associateFailure).toStrictEqual({ message: 'socket hang up' })
    expect(contextOf(h).associateAttempt).toBe(2)
  })

  it('times an attempt out at exactly the attempt timeout', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-9')))
    await vi.advanceTimersByTimeAsync(ASSOCIATE_ATTEMPT_TIMEOUT_MS - 1)
    expect(stateOf(h)).toEqual({ associating: 'attempting' })
    expect(h.associateCalls[0]!.signal.aborted).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(stateOf(h)).toEqual({ associating: 'backingOff' })
    expect(contextOf(h).associateFailure).toStrictEqual({ message: 'attempt timed out' })
  })

  it('the third attempt timing out gives up: linkFailed, pending link, Associate Failed', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-9')))
    h.associateCalls[0]!.reject(httpError(503))
    await flush()
    await vi.advanceTimersByTimeAsync(1_000)
    h.associateCalls[1]!.reject(httpError(503))
    await flush()
    await vi.advanceTimersByTimeAsync(2_000)
    expect(contextOf(h).associateAttempt).toBe(3)
    await vi.advanceTimersByTimeAsync(ASSOCIATE_ATTEMPT_TIMEOUT_MS)
    expect(stateOf(h)).toBe('success')
    expect(contextOf(h).linkStatus).toBe('failed')
    expect(h.rememberPendingLink).toHaveBeenCalledExactlyOnceWith({ ticketId: 'TCK-9', pipelineId: null, isAutoAssociated: false })
    expect(h.notify).toHaveBeenCalledWith({ variant: 'warning', key: 'linkFailed' })
    expect(h.track).toHaveBeenCalledWith({ name: 'Associate Failed' })
  })

  it('closes after exactly the refresh timeout when the refresh hangs, with the refreshFailed toast', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: true })))
    await vi.advanceTimersByTimeAsync(REFRESH_TIMEOUT_MS - 1)
    expect(stateOf(h)).toBe('success')
    expect(h.notify).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'refreshFailed' }))
    await vi.advanceTimersByTimeAsync(1)
    expect(stateOf(h)).toEqual({ hidden: 'idle' })
    expect(h.notify).toHaveBeenLastCalledWith({ variant: 'error', key: 'refreshFailed' })
  })

  it('a refresh that succeeds closes without any error toast', async () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: true })))
    h.refreshCalls[0]!.resolve(undefined)
    await flush()
    expect(stateOf(h)).toEqual({ hidden: 'idle' })
    expect(h.notify.mock.calls.map(([params]) => params.key)).toEqual(['ticketCreated'])
  })

  it('records when loading started, for the Ready analytics', () => {
    const h = startMachine()
    expect(contextOf(h).loadStartedAt).toBeNull()
    h.actor.send({ type: 'panel.open' })
    expect(contextOf(h).loadStartedAt).toBe(1_000_000)
  })

  it('a new session forgets the last one: link status, attempts, failure, height, load time', async () => {
    const h = openReady()
    h.actor.send(embedEvent(resize(700)))
    h.actor.send(embedEvent(created('TCK-9')))
    h.associateCalls[0]!.reject(httpError(400))
    await flush()
    h.refreshCalls[0]!.resolve(undefined)
    await flush()
    expect(stateOf(h)).toEqual({ hidden: 'idle' })
    expect(contextOf(h).linkStatus).toBe('failed')
    vi.setSystemTime(2_000_000)
    h.actor.send({ type: 'panel.open' })
    const { height, error, ticket, linkStatus, associateAttempt, associateFailure, loadStartedAt } = contextOf(h)
    expect({ height, error, ticket, linkStatus, associateAttempt, associateFailure, loadStartedAt }).toStrictEqual({
      height: null,
      error: null,
      ticket: null,
      linkStatus: null,
      associateAttempt: 1,
      associateFailure: null,
      loadStartedAt: 2_000_000,
    })
  })

  it('retry after an error forgets the height the old frame reported', () => {
    const h = openReady()
    h.actor.send(embedEvent(resize(700)))
    h.actor.send(embedEvent({ type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'E' }))
    h.actor.send({ type: 'panel.retry' })
    expect(contextOf(h).height).toBeNull()
    expect(contextOf(h).frameKey).toBe(1)
  })

  it('emits resize with the clamped height', () => {
    const h = openReady({ minHeight: 300, maxHeight: 900 })
    const emitted = vi.fn()
    h.actor.on('resize', emitted)
    h.actor.send(embedEvent(resize(5)))
    expect(emitted).toHaveBeenCalledExactlyOnceWith({ type: 'resize', height: 300 })
  })

  it('with fallbackAssociate never, a ticket created while refreshing is not kept as a pending link', () => {
    const h = openReady({ fallbackAssociate: 'never' })
    h.actor.send(embedEvent(created('TCK-1')))
    expect(stateOf(h)).toBe('success')
    h.actor.send(embedEvent(created('TCK-2')))
    expect(h.rememberPendingLink).not.toHaveBeenCalled()
  })

  it('with fallbackAssociate always, a CRM-linked ticket created while refreshing is still kept', () => {
    const h = openReady({ fallbackAssociate: 'always' })
    h.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: true })))
    h.associateCalls[0]!.resolve({})
    return flush().then(() => {
      h.actor.send(embedEvent(created('TCK-2', { isAutoAssociated: true })))
      expect(h.rememberPendingLink).toHaveBeenCalledExactlyOnceWith({ ticketId: 'TCK-2', pipelineId: null, isAutoAssociated: true })
    })
  })

  it('a repeated TICKET_CREATED for the ticket just created (auto) is not kept again', () => {
    const h = openReady()
    h.actor.send(embedEvent(created('TCK-1')))
    h.associateCalls[0]!.reject(httpError(404))
    return flush().then(() => {
      expect(h.rememberPendingLink).toHaveBeenCalledTimes(1)
      h.actor.send(embedEvent(created('TCK-1')))
      expect(h.rememberPendingLink).toHaveBeenCalledTimes(1)
    })
  })
})
