import type { StatechartEdge } from './statechart'

/**
 * Which acceptance criteria of the task breakdown (DESIGN §3) a transition proves, so the explorer
 * can find every path behind a requirement id (`TCKT-S03/ERR-2`). Rules read the transition, not a
 * list of edges: a transition added later is tagged as soon as it fits one.
 */

/** One requirement and how to recognise a transition that proves it. */
interface RequirementRule {
  id: string
  /** What it asks, in the breakdown's words. */
  says: string
  proves: (edge: StatechartEdge) => boolean
}

const top = (stateId: string) => stateId.split('.')[1] ?? ''

const RULES: readonly RequirementRule[] = [
  {
    id: 'TCKT-S01/AC-1',
    says: 'The agent can close the create-ticket panel (back arrow, Escape, the form\'s Cancel).',
    proves: (edge) => (edge.eventType === 'panel.close' || edge.eventType === 'embed.close') && top(edge.targetId) === 'hidden',
  },
  {
    id: 'TCKT-S01/ERR-1',
    says: 'The form does not load in time: an error with a way to retry.',
    proves: (edge) => edge.delay?.name === 'readyTimeout' || (edge.eventType === 'panel.retry' && top(edge.sourceId) === 'error'),
  },
  {
    id: 'TCKT-S03/AC-1..3',
    says: 'A created ticket shows a success toast, sends the Created event and refreshes the list.',
    proves: (edge) => top(edge.targetId) === 'success' && top(edge.sourceId) !== 'success',
  },
  {
    id: 'TCKT-S03/ERR-2',
    says: 'The embed reports a create error: inline error with retry.',
    proves: (edge) => edge.eventType === 'embed.createError',
  },
  {
    id: 'TCKT-S04',
    says: 'The host links a ticket the CRM did not link (fallback association, with retries).',
    proves: (edge) => top(edge.targetId) === 'associating' || top(edge.sourceId) === 'associating',
  },
  {
    id: 'TCKT-S04/ERR-1',
    says: 'Linking fails for good: warning toast, Associate Failed event, the ticket kept as a pending link.',
    proves: (edge) => edge.actions.includes('markLinkFailed') || edge.actions.some((action) => action.startsWith('rememberPendingLink')),
  },
]

/** Requirements an untrusted message proves: forged or stray messages change nothing. */
export const UNTRUSTED_REQUIREMENTS: readonly { id: string; says: string }[] = [
  { id: 'TCKT-S02/ERR-1', says: 'A message from another origin is ignored.' },
  { id: 'TCKT-S02/ERR-2', says: 'A message from another frame of the CRM origin is ignored.' },
  { id: 'TCKT-S03/ERR-1', says: 'A message with an unsupported version or shape is ignored.' },
]

/** Ids of the requirements `edge` proves. */
export function requirementsOf(edge: StatechartEdge): string[] {
  return RULES.filter((rule) => rule.proves(edge)).map((rule) => rule.id)
}

/** Every requirement with its words, for the explorer's legend. */
export function allRequirements(): { id: string; says: string }[] {
  return [...RULES.map(({ id, says }) => ({ id, says })), ...UNTRUSTED_REQUIREMENTS]
}
