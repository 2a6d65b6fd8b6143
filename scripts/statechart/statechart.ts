import { toDirectedGraph, type DirectedGraphNode } from '@xstate/graph'
import type { AnyStateMachine } from 'xstate'
import { actionsText, edgeLabel, eventText, guardText, type DelayLabel } from './labels'

/**
 * The statechart as plain data, read from the machine itself (never drawn by hand): one reader
 * feeds the Mermaid text, the SVG and the edge list the model-based tests must cover.
 */

/** One state node. */
export interface StatechartState {
  /** XState id, e.g. `ticketEmbed.associating.attempting`. */
  id: string
  /** Its key in the parent, e.g. `attempting`. */
  key: string
  /** Keys from the top, e.g. `['associating', 'attempting']`; `[]` for the machine itself. */
  path: string[]
  parentId: string | null
  /** Id of the initial child of a compound state. */
  initialId: string | null
  childIds: string[]
  /** Entry actions as text (`track(Created)`), XState's timer bookkeeping left out. */
  entry: string[]
  /** Ids of the actors it invokes. */
  invokes: string[]
}

/** One transition (one per target), labelled the way the statechart shows it. */
export interface StatechartEdge {
  /** Identity of the transition: source id, event type, guard and targets. */
  key: string
  sourceId: string
  /** The target; the source itself for a transition without target (it stays, runs actions). */
  targetId: string
  /** True for a transition without target: no exit, no entry. */
  internal: boolean
  eventType: string
  /** `embed.ready`, `after readyTimeout (10000 ms)`, `associateTicket error`. */
  event: string
  guard: string | null
  actions: string[]
  delay: DelayLabel | null
  /** `event [guard] / actions`. */
  label: string
}

/** Every state and transition of a machine, in document order. */
export interface Statechart {
  machineId: string
  /** The machine's root node (`path: []`) first, then every state in document order. */
  states: StatechartState[]
  edges: StatechartEdge[]
}

/** What `readStatechart` needs besides the machine. */
export interface ReadStatechartOptions {
  /** Default ms of each named delay, printed on delayed edges (`DEFAULT_DELAYS_MS`). */
  delaysMs?: Readonly<Record<string, number>>
}

/** The parts of an XState transition definition the statechart reads. */
export interface TransitionLike {
  source: { id: string }
  target?: readonly { id: string }[] | undefined
  eventType: string
  guard?: unknown
}

/**
 * Identity of a transition, the same for the drawn statechart and for the transitions the
 * model-based tests take: `ticketEmbed.loading --embed.ready [isTrusted]--> ticketEmbed.ready`.
 */
export function transitionKey(transition: TransitionLike): string {
  const targets = transition.target?.length ? transition.target.map((node) => node.id) : [transition.source.id]
  const guard = guardText(transition.guard)
  return `${transition.source.id} --${transition.eventType}${guard === null ? '' : ` [${guard}]`}--> ${targets.join(', ')}`
}

function delayOf(transition: { delay?: unknown }, delaysMs: Readonly<Record<string, number>>): DelayLabel | null {
  const { delay } = transition
  if (typeof delay === 'number') return { name: `${delay} ms`, ms: null }
  if (typeof delay !== 'string') return null
  return { name: delay, ms: delaysMs[delay] ?? null }
}

function readNode(
  node: DirectedGraphNode,
  parentId: string | null,
  delaysMs: Readonly<Record<string, number>>,
  chart: Statechart,
): void {
  const { stateNode } = node
  const initialTarget = stateNode.initial?.target?.[0]
  chart.states.push({
    id: stateNode.id,
    key: stateNode.key,
    path: [...stateNode.path],
    parentId,
    initialId: initialTarget ? initialTarget.id : null,
    childIds: node.children.map((child) => child.id),
    entry: actionsText(stateNode.entry),
    invokes: stateNode.invoke.map((invoke) => invoke.id),
  })
  for (const edge of node.edges) {
    const transition = edge.transition
    const delay = delayOf(transition as { delay?: unknown }, delaysMs)
    const event = eventText(transition.eventType, delay ?? undefined)
    const guard = guardText(transition.guard)
    const actions = actionsText(transition.actions)
    chart.edges.push({
      key: transitionKey(transition),
      sourceId: edge.source.id,
      targetId: edge.target.id,
      internal: !transition.target?.length,
      eventType: transition.eventType,
      event,
      guard,
      actions,
      delay,
      label: edgeLabel(event, guard, actions),
    })
  }
  for (const child of node.children) readNode(child, stateNode.id, delaysMs, chart)
}

/** Reads every state and every transition of `machine` (via `toDirectedGraph`). */
export function readStatechart(machine: AnyStateMachine, options: ReadStatechartOptions = {}): Statechart {
  const chart: Statechart = { machineId: machine.id, states: [], edges: [] }
  readNode(toDirectedGraph(machine), null, options.delaysMs ?? {}, chart)
  return chart
}

/** The states below the root, i.e. the ones drawn as boxes. */
export function drawnStates(chart: Statechart): StatechartState[] {
  return chart.states.filter((state) => state.parentId !== null)
}
