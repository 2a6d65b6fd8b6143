import type { AnyMachineSnapshot, EventObject } from 'xstate'
import { transitionKey } from '../../scripts/statechart/statechart'

/**
 * The keys (see `transitionKey`) of the transitions `event` takes in `snapshot`; none when the event
 * is ignored (an untrusted message). Asked of the machine itself, so a guard picks the branch.
 */
export function takenTransitionKeys(snapshot: AnyMachineSnapshot, event: EventObject): string[] {
  return snapshot.machine.getTransitionData(snapshot, event).map(transitionKey)
}
