import { describe, expect, it } from 'vitest'
import { machineStatePaths, machineTransitions, uncoveredTransitions, unreachedStates } from './coverage'
import { generatePaths, modelPaths } from './model'
import { SAMPLE_EVENTS } from './sampleEvents'

const { state: statePaths, transition: transitionPaths } = modelPaths()

describe('ticketEmbedMachine model coverage', () => {
  it('walks every transition of toDirectedGraph(machine)', () => {
    const uncovered = uncoveredTransitions(transitionPaths)
    expect(uncovered, `transitions no generated path takes:\n  ${uncovered.join('\n  ')}\n`).toEqual([])
    expect(machineTransitions().length).toBeGreaterThan(0)
  })

  it('reaches every state node, the nested ones included', () => {
    expect(machineStatePaths()).toEqual(
      expect.arrayContaining(['hidden.idle', 'hidden.listening', 'associating.attempting', 'associating.backingOff']),
    )
    expect(unreachedStates(statePaths), 'states the state-coverage paths never reach').toEqual([])
    expect(unreachedStates(transitionPaths), 'states the transition-coverage paths never reach').toEqual([])
  })

  it('reaches every link attempt, the backoff before attempts 2 and 3, and the closed panel listening with and without a create in flight', () => {
    expect(statePaths.map((path) => path.covers)).toEqual([
      'hidden.idle',
      'hidden.warming',
      'hidden.warm',
      'hidden.listening',
      'hidden.listening (form kept)',
      'hidden.listening (create in flight)',
      'hidden.listening (create in flight, form kept)',
      'loading',
      'ready',
      'ready (form kept)',
      'ready (create in flight)',
      'ready (create in flight, form kept)',
      'error',
      'associating.attempting (attempt 1)',
      'associating.attempting (attempt 2)',
      'associating.attempting (attempt 3)',
      'associating.backingOff (attempt 2)',
      'associating.backingOff (attempt 3)',
      'success (form kept)',
      'success',
    ])
  })

  it('walks an untrusted variant of every embed.* event in every state that handles it', () => {
    const ignored = transitionPaths.filter((path) => !path.steps.at(-1)!.trusted).map((path) => path.steps.at(-1)!.sampleId)
    for (const type of ['embed.ready', 'embed.createStarted', 'embed.ticketCreated', 'embed.createError', 'embed.close', 'embed.resize']) {
      for (const way of ['wrong-origin', 'wrong-frame', 'wrong-version']) expect(ignored).toContain(`${type}:${way}`)
    }
  })

  it('names the transitions a poorer model would miss (the check above can fail)', () => {
    const withoutConflictAndTimeout = SAMPLE_EVENTS.filter(
      (sample) => sample.id !== 'associate:error:409' && sample.id !== 'after:readyTimeout',
    )
    const missed = uncoveredTransitions(generatePaths('transition', { samples: withoutConflictAndTimeout }))
    expect(missed).toEqual([
      'ticketEmbed.loading --xstate.after.readyTimeout.ticketEmbed.loading--> ticketEmbed.error  ' +
        '(after readyTimeout (10000 ms) / assignTimeoutError, emitError, track(Timeout))',
      'ticketEmbed.associating.attempting --xstate.error.actor.associateTicket [isAlreadyLinked]--> ticketEmbed.success  ' +
        '(associateTicket error [isAlreadyLinked] / markAlreadyLinked)',
    ])
  })

  it('names what a model without TICKET_CREATE_STARTED would miss: the in-flight mark and the unreported create', () => {
    const withoutCreateStarted = SAMPLE_EVENTS.filter((sample) => sample.id !== 'embed.createStarted')
    const missed = uncoveredTransitions(generatePaths('transition', { samples: withoutCreateStarted }))
    expect(missed).toEqual([
      'ticketEmbed.hidden.listening --xstate.after.closeGrace.ticketEmbed.hidden.listening [isCreateInFlight && canKeepFrame]--> ticketEmbed.hidden.warm  ' +
        '(after closeGrace (10000 ms) [isCreateInFlight && canKeepFrame] / track(Create Unreported))',
      'ticketEmbed.hidden.listening --xstate.after.closeGrace.ticketEmbed.hidden.listening [isCreateInFlight]--> ticketEmbed.hidden.idle  ' +
        '(after closeGrace (10000 ms) [isCreateInFlight] / track(Create Unreported))',
      'ticketEmbed.ready --embed.createStarted [isTrusted]--> ticketEmbed.ready  (embed.createStarted [isTrusted] / markCreateInFlight)',
    ])
  })
})
