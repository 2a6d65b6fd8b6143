import { describe, expect, it } from 'vitest'
import type { AnyMachineSnapshot } from 'xstate'
import { SDK_SENDERS } from '../../demo/embed/pathsHook'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import { modelPaths } from '../model/model'
import { delayMs, SAMPLE_EVENTS, type ModelEvent } from '../model/sampleEvents'
import { unplayableReason } from '../paths/support/stepPlayer'

/**
 * The browser path runner (`npm run test:paths`) plays events by family, not by name. These checks
 * run without a browser: every event the model walks today is playable, and an event it cannot map
 * is refused with a message that says which table to extend.
 */
const sdkTypes = Object.keys(SDK_SENDERS)

describe('statechart path player (tests/paths)', () => {
  it('can play every event the generated paths walk', () => {
    const { state, transition } = modelPaths()
    const events = [...state, ...transition].flatMap((path) => path.steps.flatMap((step) => (step.event ? [step.event] : [])))
    const problems = [...new Set(events.map((event) => unplayableReason(event, sdkTypes)).filter((reason) => reason !== null))]
    expect(problems).toEqual([])
    expect(events.length).toBeGreaterThan(SAMPLE_EVENTS.length)
  })

  it('knows the delay of every timer the paths run (a new named delay needs a default)', () => {
    const { transition } = modelPaths()
    for (const path of transition) {
      path.steps.forEach((step, index) => {
        const delay = /^xstate\.after\.([^.]+)\./.exec(step.event?.type ?? '')?.[1]
        if (delay) expect(delayMs(delay, path.steps[index - 1]!.state as AnyMachineSnapshot)).toBeGreaterThan(0)
      })
    }
  })

  it('refuses what it cannot map, saying where to add it', () => {
    const event = (type: string, extra: object = {}) => ({ type, ...extra }) as unknown as ModelEvent
    expect(unplayableReason(event('panel.minimise'), sdkTypes)).toMatch(/PANEL_CONTROLS in tests\/paths\/support\/stepPlayer\.ts/)
    expect(unplayableReason(event('xstate.done.actor.fetchPipelines'), sdkTypes)).toMatch(/ACTOR_ROUTES/)
    expect(unplayableReason(event('clock.tick'), sdkTypes)).toMatch(/map its family/)
    const trusted = { origin: 'https://crm.example.com', fromOwnFrame: true, version: 1 }
    expect(unplayableReason(event('embed.heartbeat', { ...trusted, message: { type: 'EMBED_HEARTBEAT', version: 1 } }), sdkTypes)).toMatch(
      /SDK_SENDERS in demo\/embed\/pathsHook\.ts/,
    )
    // Forged ones need no SDK call: the forging frames post any message as it is.
    expect(unplayableReason(event('embed.heartbeat', { ...trusted, origin: 'https://evil.example', message: { type: 'EMBED_HEARTBEAT', version: 1 } }), sdkTypes)).toBeNull()
    expect(() => delayMs('graceWindow', ticketEmbedMachine.resolveState({ value: 'hidden', context: {} as never }) as AnyMachineSnapshot)).toThrow(/DEFAULT_DELAYS_MS/)
  })
})
