import { CLOSE_GRACE_MS } from '../../machines/constants'
import type { EmbedToHostMessage } from '../../protocol/messages'
import { CUSTOMER, EMBED_ORIGIN, READY, createError, created, embedEvent, flush, resize, startMachine } from '../support/machineHarness'

/** The ready of an embed built with the child SDK's `onReset`: its form can start afresh. */
const READY_CAN_RESET: EmbedToHostMessage = { type: 'EMBED_READY', version: 1, canReset: true }
const CLOSE: EmbedToHostMessage = { type: 'EMBED_CLOSE', version: 1 }
const stateOf = (h: ReturnType<typeof startMachine>) => h.actor.getSnapshot().value
const WARMING = { hidden: 'warming' }
const WARM = { hidden: 'warm' }
const IDLE = { hidden: 'idle' }

/** A ticket created in a shown form and its list refreshed: the panel is done. */
async function createAndRefresh(h: ReturnType<typeof startMachine>, ticketId: string) {
  h.actor.send(embedEvent(created(ticketId, { isAutoAssociated: true })))
  expect(stateOf(h)).toBe('success')
  h.refreshCalls.at(-1)!.resolve(undefined)
  await flush()
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ticketEmbedMachine: preload on intent', () => {
  it('SPEED-1: panel.prepare loads the form out of sight (preload "intent", the default); "none" and an unconfigured panel stay idle', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.prepare' })
    expect(stateOf(h)).toEqual(WARMING)
    expect(h.track).not.toHaveBeenCalled()

    const none = startMachine({ preload: 'none' })
    none.actor.send({ type: 'panel.prepare' })
    expect(stateOf(none)).toEqual(IDLE)

    const unconfigured = startMachine({ embedUrl: 'javascript:alert(1)' })
    unconfigured.actor.send({ type: 'panel.prepare' })
    expect(stateOf(unconfigured)).toEqual(IDLE)
  })

  it('SPEED-2: a preloaded form that says ready gets no EMBED_INIT until it is shown; then one, and it is ready at once', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.prepare' })
    h.actor.send(embedEvent(READY))
    expect(stateOf(h)).toEqual(WARM)
    expect(h.postEmbedInit).not.toHaveBeenCalled()

    h.actor.send({ type: 'panel.open' })
    expect(stateOf(h)).toBe('ready')
    expect(h.postEmbedInit).toHaveBeenCalledTimes(1)
    expect(h.postEmbedInit).toHaveBeenCalledWith(EMBED_ORIGIN, CUSTOMER)
    expect(h.track.mock.calls.map(([params]) => params.name)).toEqual(['Opened', 'Ready'])
  })

  it('SPEED-3: opened while still loading, the same frame goes on loading in sight and gets EMBED_INIT on its ready', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.prepare' })
    h.actor.send(embedEvent(resize(700)))
    const { frameKey } = h.actor.getSnapshot().context
    h.actor.send({ type: 'panel.open' })
    expect(stateOf(h)).toBe('loading')
    expect(h.actor.getSnapshot().context).toMatchObject({ frameKey, height: 700 })
    h.actor.send(embedEvent(READY))
    expect(stateOf(h)).toBe('ready')
    expect(h.postEmbedInit).toHaveBeenCalledTimes(1)
  })

  it('SPEED-4: what a form says before it is shown changes nothing the agent can see: no ticket, no error, no close, no toast, no analytics', () => {
    for (const warmState of ['warming', 'warm'] as const) {
      const h = startMachine()
      h.actor.send({ type: 'panel.prepare' })
      if (warmState === 'warm') h.actor.send(embedEvent(READY))
      const before = h.actor.getSnapshot()
      const emitted: string[] = []
      h.actor.on('*', (event) => emitted.push(event.type))
      for (const message of [created('TCK-1', { isAutoAssociated: false }), createError('SERVER_ERROR', 'boom'), CLOSE]) {
        h.actor.send(embedEvent(message))
      }
      const after = h.actor.getSnapshot()
      expect(after.value).toEqual({ hidden: warmState })
      expect(after.context).toEqual(before.context)
      expect(emitted).toEqual([])
      expect(h.notify).not.toHaveBeenCalled()
      expect(h.track).not.toHaveBeenCalled()
      expect(h.rememberPendingLink).not.toHaveBeenCalled()
      expect(h.associateCalls).toEqual([])
    }
  })

  it('SPEED-5: an untrusted ready (other origin, other frame, other version) does not make a preloaded form "ready"', () => {
    for (const envelope of [{ origin: 'https://evil.example' }, { fromOwnFrame: false }, { version: 2 }]) {
      const h = startMachine()
      h.actor.send({ type: 'panel.prepare' })
      h.actor.send(embedEvent(READY_CAN_RESET, envelope))
      expect(stateOf(h)).toEqual(WARMING)
      expect(h.actor.getSnapshot().context.embedCanReset).toBe(false)
    }
  })
})

describe('ticketEmbedMachine: the form kept for the next ticket', () => {
  it('SPEED-6: an embed that can start afresh is kept after a ticket, and the next open sends a new EMBED_INIT to the same frame', async () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    h.actor.send(embedEvent(READY_CAN_RESET))
    h.actor.send(embedEvent(resize(640)))
    const { frameKey } = h.actor.getSnapshot().context
    await createAndRefresh(h, 'TCK-1')
    expect(stateOf(h)).toEqual(WARM)

    h.actor.send({ type: 'panel.open' })
    expect(stateOf(h)).toBe('ready')
    expect(h.postEmbedInit).toHaveBeenCalledTimes(2)
    expect(h.actor.getSnapshot().context).toMatchObject({ frameKey, height: 640, ticket: null, linkStatus: null, dismissed: false, embedCanReset: true })
  })

  it('SPEED-7: a v1 embed (no canReset) and keepFrame: false both get a new frame for every ticket', async () => {
    const v1 = startMachine()
    v1.actor.send({ type: 'panel.open' })
    v1.actor.send(embedEvent(READY))
    await createAndRefresh(v1, 'TCK-1')
    expect(stateOf(v1)).toEqual(IDLE)

    const off = startMachine({ keepFrame: false })
    off.actor.send({ type: 'panel.open' })
    off.actor.send(embedEvent(READY_CAN_RESET))
    await createAndRefresh(off, 'TCK-1')
    expect(stateOf(off)).toEqual(IDLE)
  })

  it('SPEED-8: closed without a ticket, the kept form waits out the close grace (a late ticket is still heard), then stays loaded', async () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.open' })
    h.actor.send(embedEvent(READY_CAN_RESET))
    h.actor.send({ type: 'panel.close' })
    expect(stateOf(h)).toEqual({ hidden: 'listening' })
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE_MS)
    expect(stateOf(h)).toEqual(WARM)
  })

  it('SPEED-9: a kept form that reloads itself is loading again; it is trusted only after its new ready', () => {
    const h = startMachine()
    h.actor.send({ type: 'panel.prepare' })
    h.actor.send(embedEvent(READY_CAN_RESET))
    h.actor.send({ type: 'frame.reloaded' })
    expect(stateOf(h)).toEqual(WARMING)
    h.actor.send({ type: 'panel.open' })
    expect(stateOf(h)).toBe('loading')
    expect(h.postEmbedInit).not.toHaveBeenCalled()
  })
})

describe('ticketEmbedMachine: listed at once', () => {
  it('SPEED-10: with optimisticList (the default) the panel goes out of sight on TICKET_CREATED; without it, it shows its progress', () => {
    for (const [optimisticList, dismissed] of [[undefined, true], [true, true], [false, false]] as const) {
      const h = startMachine(optimisticList === undefined ? {} : { optimisticList })
      h.actor.send({ type: 'panel.open' })
      h.actor.send(embedEvent(READY))
      h.actor.send(embedEvent(created('TCK-1', { isAutoAssociated: false })))
      expect(stateOf(h)).toEqual({ associating: 'attempting' })
      expect(h.actor.getSnapshot().context.dismissed).toBe(dismissed)
    }
  })

  it('SPEED-11: the subject the embed sent travels with the ticket', () => {
    const h = startMachine()
    const tickets: unknown[] = []
    h.actor.on('ticketCreated', ({ ticket }) => tickets.push(ticket))
    h.actor.send({ type: 'panel.open' })
    h.actor.send(embedEvent(READY))
    h.actor.send(embedEvent({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-9', isAutoAssociated: true, subject: 'Printer on fire' }))
    expect(tickets).toEqual([{ ticketId: 'TCK-9', pipelineId: null, isAutoAssociated: true, subject: 'Printer on fire' }])
  })
})
