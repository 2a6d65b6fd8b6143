import type { AnyStateMachine } from 'xstate'
import { DEFAULT_DELAYS_MS } from '../../machines/constants'
import { readStatechart, type Statechart, type StatechartEdge, type StatechartState } from './statechart'

/**
 * The statechart as Mermaid `stateDiagram-v2` text. Pure (no Node API, no DOM), so the demo's live
 * statechart and `docs/statechart.md` use the very same text.
 */

/** Options of `toMermaid`. */
export interface ToMermaidOptions {
  /**
   * Default ms of each named delay, printed on delayed edges.
   * @default DEFAULT_DELAYS_MS
   */
  delaysMs?: Readonly<Record<string, number>>
  /**
   * Ids of states to highlight (the demo passes the active ones, e.g. `ticketEmbed.loading`).
   * @default []
   */
  active?: readonly string[]
}

const INDENT = '  '

/** Mermaid ids are global: a state keeps its key unless another state has the same key. */
function mermaidIds(chart: Statechart): Map<string, string> {
  const keyCount = new Map<string, number>()
  for (const state of chart.states) keyCount.set(state.key, (keyCount.get(state.key) ?? 0) + 1)
  return new Map(
    chart.states.map((state) => [state.id, keyCount.get(state.key) === 1 ? state.key : state.path.join('_')]),
  )
}

/** `;` ends a statement in Mermaid and a line break ends a label: neither may reach the text. */
const clean = (text: string) => text.replace(/;/g, ',').replace(/\s+/g, ' ').trim()

/** The state whose box holds the edge: the lowest common ancestor of source and target. */
function containerOf(edge: StatechartEdge, byId: ReadonlyMap<string, StatechartState>): string {
  const ancestors = (id: string): string[] => {
    const chain: string[] = []
    for (let state = byId.get(id); state?.parentId != null; state = byId.get(state.parentId)) chain.push(state.parentId)
    return chain
  }
  const sourceAncestors = ancestors(edge.sourceId)
  const targetAncestors = new Set(ancestors(edge.targetId))
  return sourceAncestors.find((id) => targetAncestors.has(id)) ?? sourceAncestors[sourceAncestors.length - 1]!
}

function isInside(stateId: string, ancestorId: string, byId: ReadonlyMap<string, StatechartState>): boolean {
  for (let state = byId.get(stateId); state; state = state.parentId === null ? undefined : byId.get(state.parentId)) {
    if (state.id === ancestorId) return true
  }
  return false
}

function describeState(state: StatechartState): string[] {
  const lines: string[] = []
  if (state.entry.length > 0) lines.push(`entry / ${state.entry.join(', ')}`)
  for (const invoke of state.invokes) lines.push(`invoke ${invoke}`)
  return lines
}

/** Mermaid text of an already-read statechart. */
export function statechartToMermaid(chart: Statechart, options: Pick<ToMermaidOptions, 'active'> = {}): string {
  const byId = new Map(chart.states.map((state) => [state.id, state]))
  const ids = mermaidIds(chart)
  const idOf = (stateId: string) => ids.get(stateId)!
  const edgeLine = (edge: StatechartEdge) => `${idOf(edge.sourceId)} --> ${idOf(edge.targetId)} : ${clean(edge.label)}`

  const emitContainer = (container: StatechartState, depth: number): string[] => {
    const pad = INDENT.repeat(depth)
    const lines: string[] = []
    if (container.initialId) lines.push(`${pad}[*] --> ${idOf(container.initialId)}`)
    for (const childId of container.childIds) {
      const child = byId.get(childId)!
      const id = idOf(child.id)
      if (child.childIds.length > 0) {
        lines.push(`${pad}state ${id} {`, ...emitContainer(child, depth + 1), `${pad}}`)
      } else {
        const details = describeState(child)
        // Without the explicit name Mermaid would title the box with its first detail line.
        if (id !== child.key || details.length > 0) lines.push(`${pad}state "${child.key}" as ${id}`)
        for (const text of details) lines.push(`${pad}${id} : ${clean(text)}`)
      }
      for (const edge of chart.edges) {
        if (isInside(edge.sourceId, child.id, byId) && containerOf(edge, byId) === container.id) {
          lines.push(`${pad}${edgeLine(edge)}`)
        }
      }
    }
    return lines
  }

  const root = chart.states.find((state) => state.parentId === null)!
  const lines = ['stateDiagram-v2', ...emitContainer(root, 1)]
  const active = (options.active ?? []).filter((id) => ids.has(id))
  if (active.length > 0) {
    lines.push(`${INDENT}classDef active fill:#fde68a,stroke:#b45309,stroke-width:2px`)
    for (const id of active) lines.push(`${INDENT}class ${idOf(id)} active`)
  }
  return `${lines.join('\n')}\n`
}

/** Mermaid `stateDiagram-v2` text of `machine`: every state, every transition `event [guard] / actions`. */
export function toMermaid(machine: AnyStateMachine, options: ToMermaidOptions = {}): string {
  const chart = readStatechart(machine, { delaysMs: options.delaysMs ?? DEFAULT_DELAYS_MS })
  return statechartToMermaid(chart, options)
}
