import { expect } from 'vitest'
import { ASSOCIATE_MAX_ATTEMPTS } from '../../machines/constants'
import type { TicketEmbedInput } from '../../machines/types'
import { expectedContext, expectedCreatedTarget, expectedEffects, expectedLinkTarget } from './expectations'
import { createHarness } from './harness'
import type { ModelPath } from './model'
import { MODEL_INPUT } from './sampleEvents'
import { stateLabel, valuePath } from './stateKeys'

/**
 * Walks one generated path on a real actor and checks every step: the state the model expects, the
 * side effects DESIGN §3/§5 ask for, and, for an untrusted message, that nothing changed at all.
 * Needs `vi.useFakeTimers()`.
 */
export async function runPath(path: ModelPath, input: TicketEmbedInput = MODEL_INPUT): Promise<void> {
  const harness = createHarness(input)
  const { actor } = harness
  actor.start()
  try {
    const [start, ...steps] = path.steps
    expect(actor.getSnapshot().value, 'the panel starts').toEqual(start!.state.value)
    expect(harness.takeEffects(), 'nothing happens before the agent acts').toEqual([])

    let attempts = 0
    for (const [index, step] of steps.entries()) {
      const where = `step ${index + 1} "${step.phrase}" of ${path.id}`
      const before = actor.getSnapshot()
      const contextBefore = structuredClone(before.context)
      await harness.execute(step.event!, before)
      const after = actor.getSnapshot()

      expect(after.value, `${where}: state`).toEqual(step.state.value)
      expect(stateLabel(after), `${where}: state and attempt`).toBe(step.stateLabel)
      const effects = harness.takeEffects().sort()
      attempts += effects.filter((effect) => effect.startsWith('associate(')).length

      if (!step.trusted) {
        // TCKT-S02/ERR-1..2, S03/ERR-1: a forged or stray message changes nothing and does nothing.
        expect(after.context, `${where}: context untouched`).toEqual(contextBefore)
        expect(effects, `${where}: no side effect`).toEqual([])
        continue
      }
      expect(effects, `${where}: side effects`).toEqual(expectedEffects(before, step.event!, after, input).sort())
      expect(after.context, `${where}: context`).toMatchObject(expectedContext(before, step.event!, after, input))
      const target = expectedLinkTarget(before, step.event!) ?? expectedCreatedTarget(before, step.event!, input)
      if (target !== null) expect(valuePath(after.value), `${where}: where it leads`).toBe(target)
    }
    expect(attempts, 'never more link attempts than allowed').toBeLessThanOrEqual(ASSOCIATE_MAX_ATTEMPTS)
  } finally {
    actor.stop()
  }
}
