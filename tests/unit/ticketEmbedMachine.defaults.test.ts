import { createActor } from 'xstate'
import { ASSOCIATE_ATTEMPT_TIMEOUT_MS, ASSOCIATE_BACKOFF_MS } from '../../machines/constants'
import { CUSTOMER, EMBED_URL, READY, createError, created, embedEvent, flush, httpError, startMachine } from '../support/machineHarness'

/**
 * What the machine does on its own, before `useTicketEmbed` supplies anything (its defaults), and
 * the failure it records on each path out of linking.
 */
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ticketEmbedMachine defaults', () => {
  it("starts hidden and idle, with fallbackAssociate 'auto' when none is given", async () => {
    const { ticketEmbedMachine } = await import('../../machines/ticketEmbedMachine')
    const actor = createActor(ticketEmbedMachine, { input: { embedUrl: EMBED_URL, customer: CUSTOMER } }).start()
    expect(actor.getSnapshot().value).toStrictEqual({ hidden: 'idle' })
    expect(actor.getSnapshot().context).toMatchObject({ fallbackAssociate: 'auto', createInFlight: false, dismissed: false })
    actor.stop()
  })

  it.each([
    { name: 'an embed URL it may not load', input: { embedUrl: 'http://crm.example.com/embed', customer: CUSTOMER } },
    { name: 'a customer id it may not send', input: { embedUrl: EMBED_URL, customer: { qontakCustomerId: '../x' } } },
  ])('does not open with $name', ({ input }) => {
    const h = startMachine(input)
    h.actor.send({ type: 'panel.open' })
    expect(h.actor.getSnapshot().value).toStrictEqual({ hidden: 'idle' })
    expect(h.track).not.toHaveBeenCalled()
  })

  it('without a provided associateTicket, every link attempt fails saying so, and the ticket is kept', async () => {
    const { ticketEmbedMachine } = await import('../../machines/ticketEmbedMachine')
    const actor = createActor(ticketEmbedMachine, { input: { embedUrl: EMBED_URL, customer: CUSTOMER } }).start()
    actor.send({ type: 'panel.open' })
    actor.send(embedEvent(READY))
    actor.send(embedEvent(created('TCK-1')))
    expect(actor.getSnapshot().value).toStrictEqual({ associating: 'attempting' })
    await flush()
    expect(actor.getSnapshot().context.associateFailure).toStrictEqual({ message: 'associateTicket is not provided' })
    await vi.advanceTimersByTimeAsync(3 * ASSOCIATE_BACKOFF_MS)
    expect(actor.getSnapshot().context.linkStatus).toBe('failed')
    actor.stop()
  })
})

describe('ticketEmbedMachine failures it records', () => {
  it('an embed error without a message carries no message key at all', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    h.actor.send(embedEvent(READY))
    h.actor.send(embedEvent(createError('AUTH_REQUIRED')))
    expect(h.actor.getSnapshot().context.error).toStrictEqual({ reason: 'embed', code: 'AUTH_REQUIRED' })
  })

  it('a last attempt that times out is the failure reported, not the error of the attempt before it', async () => {
    const h = startMachine()
    const linkFailed = vi.fn()
    h.actor.on('linkFailed', linkFailed)
    h.actor.send({ type: 'panel.open' })
    h.actor.send(embedEvent(READY))
    h.actor.send(embedEvent(created('TCK-1')))
    h.associateCalls[0]!.reject(httpError(503))
    await flush()
    await vi.advanceTimersByTimeAsync(ASSOCIATE_BACKOFF_MS)
    h.associateCalls[1]!.reject(httpError(502))
    await flush()
    await vi.advanceTimersByTimeAsync(2 * ASSOCIATE_BACKOFF_MS)
    expect(h.associateCalls).toHaveLength(3)
    await vi.advanceTimersByTimeAsync(ASSOCIATE_ATTEMPT_TIMEOUT_MS)
    expect(h.actor.getSnapshot().context.associateFailure).toStrictEqual({ message: 'attempt timed out' })
    expect(linkFailed).toHaveBeenCalledExactlyOnceWith({
      type: 'linkFailed',
      ticket: { ticketId: 'TCK-1', pipelineId: null, isAutoAssociated: false },
      failure: { message: 'attempt timed out' },
    })
  })
})
