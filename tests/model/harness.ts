import { vi } from 'vitest'
import { createActor, fromPromise, type AnyMachineSnapshot } from 'xstate'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import type { AssociateTicketInput, CreatedTicket, NotifyParams, TicketEmbedEmitted, TicketEmbedInput, TrackParams } from '../../machines/types'
import { delayMs, MODEL_INPUT, type ModelEvent } from './sampleEvents'

/**
 * A real actor of the real machine, with spies for every side effect and promise actors the test
 * settles by hand, driven by fake timers (the caller runs `vi.useFakeTimers()`).
 */

interface Deferred {
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/** The actor under test and what it did. */
export interface Harness {
  actor: ReturnType<typeof createActor<typeof ticketEmbedMachine>>
  spies: {
    postEmbedInit: ReturnType<typeof vi.fn<() => void>>
    notify: ReturnType<typeof vi.fn<(params: NotifyParams) => void>>
    track: ReturnType<typeof vi.fn<(params: TrackParams) => void>>
    rememberPendingLink: ReturnType<typeof vi.fn<(ticket: CreatedTicket | null) => void>>
    associate: ReturnType<typeof vi.fn<(input: AssociateTicketInput) => void>>
    refresh: ReturnType<typeof vi.fn<() => void>>
  }
  /** Makes the actor receive `event` the way production would: a send, a timer, a settled promise. */
  execute: (event: ModelEvent, before: AnyMachineSnapshot) => Promise<void>
  /** Every side effect since the last call, as text (`track(Opened)`, `emit resize(720)`), then forgets them. */
  takeEffects: () => string[]
}

function describeEmitted(emitted: TicketEmbedEmitted): string {
  switch (emitted.type) {
    case 'error':
      return `emit error(${emitted.error.reason === 'embed' ? `embed ${emitted.error.code}` : emitted.error.reason})`
    case 'resize':
      return `emit resize(${emitted.height})`
    case 'ticketCreated':
      return `emit ticketCreated(${emitted.ticket.ticketId})`
    case 'linkFailed':
      return `emit linkFailed(${emitted.ticket.ticketId})`
  }
}

/** Starts nothing yet: the caller starts `actor` so the first snapshot can be checked. */
export function createHarness(input: TicketEmbedInput = MODEL_INPUT): Harness {
  const spies: Harness['spies'] = {
    postEmbedInit: vi.fn<() => void>(),
    notify: vi.fn<(params: NotifyParams) => void>(),
    track: vi.fn<(params: TrackParams) => void>(),
    rememberPendingLink: vi.fn<(ticket: CreatedTicket | null) => void>(),
    associate: vi.fn<(input: AssociateTicketInput) => void>(),
    refresh: vi.fn<() => void>(),
  }
  // Keyed by invoke id; a new attempt replaces the one it supersedes (that actor is stopped already).
  const pending = new Map<string, Deferred>()
  const settleLater = (id: string) =>
    new Promise<unknown>((resolve, reject) => {
      pending.set(id, { resolve, reject })
    })

  const machine = ticketEmbedMachine.provide({
    actions: {
      postEmbedInit: () => spies.postEmbedInit(),
      notify: (_, params) => spies.notify(params),
      track: (_, params) => spies.track(params),
      rememberPendingLink: (_, ticket) => spies.rememberPendingLink(ticket),
    },
    actors: {
      associateTicket: fromPromise<unknown, AssociateTicketInput>(({ input: request }) => {
        spies.associate(request)
        return settleLater('associateTicket')
      }),
      refreshTickets: fromPromise<unknown, void>(() => {
        spies.refresh()
        return settleLater('refreshTickets')
      }),
    },
  })
  const actor = createActor(machine, { input })
  const emitted: string[] = []
  actor.on('*', (event) => emitted.push(describeEmitted(event as TicketEmbedEmitted)))

  const settle = (id: string): Deferred => {
    const deferred = pending.get(id)
    if (!deferred) throw new Error(`actor "${id}" is not running, so it cannot settle`)
    pending.delete(id)
    return deferred
  }

  const execute = async (event: ModelEvent, before: AnyMachineSnapshot) => {
    const delayed = /^xstate\.after\.([^.]+)\./.exec(event.type)
    const settled = /^xstate\.(done|error)\.actor\.(.+)$/.exec(event.type)
    if (delayed) {
      const ms = delayMs(delayed[1]!, before, input)
      // One ms early nothing may happen yet: the delay is exactly the one the statechart names.
      await vi.advanceTimersByTimeAsync(ms - 1)
      if (JSON.stringify(actor.getSnapshot().value) !== JSON.stringify(before.value)) {
        throw new Error(`${event.type} fired before ${ms} ms`)
      }
      await vi.advanceTimersByTimeAsync(1)
    } else if (settled) {
      const deferred = settle(settled[2]!)
      if (settled[1] === 'done') deferred.resolve((event as { output: unknown }).output)
      else deferred.reject((event as { error: unknown }).error)
      await vi.advanceTimersByTimeAsync(0)
    } else {
      actor.send(event as Parameters<typeof actor.send>[0])
    }
  }

  const takeEffects = () => {
    const effects = [
      ...spies.postEmbedInit.mock.calls.map(() => 'postEmbedInit'),
      ...spies.notify.mock.calls.map(([params]) => `notify(${params.variant}, ${params.key})`),
      ...spies.track.mock.calls.map(([params]) => `track(${params.name})`),
      ...spies.rememberPendingLink.mock.calls.map(([ticket]) => `rememberPendingLink(${ticket?.ticketId})`),
      ...spies.associate.mock.calls.map(([request]) => `associate(${request.contactId}, ${request.ticketId}, attempt ${request.attempt})`),
      ...spies.refresh.mock.calls.map(() => 'refresh'),
      ...emitted.splice(0),
    ]
    for (const spy of Object.values(spies)) spy.mockClear()
    return effects
  }

  return { actor, spies, execute, takeEffects }
}
