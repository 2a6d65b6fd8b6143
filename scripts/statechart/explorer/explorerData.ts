import type { ModelPath } from '../../../tests/model/model'
import { valuePath } from '../../../tests/model/stateKeys'
import { ACTION_GLOSSARY, EVENT_GLOSSARY, GUARD_GLOSSARY } from '../glossary'
import { actionName, eventKey, guardNames, UNDESCRIBED } from '../legend'
import { allRequirements, requirementsOf, UNTRUSTED_REQUIREMENTS } from '../requirements'
import { drawnStates, type Statechart } from '../statechart'

/**
 * What the explorer page knows, as plain JSON: the machine's states and transitions with their
 * plain words (the legend's glossary), and every generated path with the transitions each step
 * takes. Built from the machine and the model each time `npm run statechart` runs.
 */

/** A name and what it means. */
export interface Meaning {
  name: string
  meaning: string
}

/** A state box of the chart. */
export interface ExplorerState {
  id: string
  /** Dotted path, e.g. `associating.attempting`. */
  path: string
  entry: string[]
  invokes: string[]
}

/** A transition of the chart; `index` is its `data-edge` in the SVG. */
export interface ExplorerEdge {
  index: number
  key: string
  sourceId: string
  targetId: string
  event: Meaning
  guards: Meaning[]
  guardText: string | null
  actions: Meaning[]
  label: string
  requirements: string[]
  /** Ids of the paths with a step that takes it. */
  paths: string[]
}

/** One step of a path. */
export interface ExplorerStep {
  phrase: string
  stateLabel: string
  /** The state's node id, e.g. `ticketEmbed.associating.attempting`. */
  stateId: string
  eventType: string | null
  trusted: boolean
  /** Indices of the edges the step takes; `[]` when the event changes nothing. */
  edges: number[]
  requirements: string[]
}

/** One generated path. */
export interface ExplorerPath {
  id: string
  coverage: 'state' | 'transition'
  covers: string
  description: string
  requirements: string[]
  steps: ExplorerStep[]
}

/** Everything the page embeds. */
export interface ExplorerData {
  machineId: string
  states: ExplorerState[]
  edges: ExplorerEdge[]
  paths: ExplorerPath[]
  requirements: { id: string; says: string }[]
}

const meaning = (glossary: Readonly<Record<string, string>>, name: string): Meaning => ({ name, meaning: glossary[name] ?? UNDESCRIBED })
const unique = <T>(items: readonly T[]) => [...new Set(items)]

/** The explorer's data for `chart` and the model's paths. */
export function buildExplorerData(chart: Statechart, paths: { state: ModelPath[]; transition: ModelPath[] }): ExplorerData {
  const edgesByKey = new Map<string, number[]>()
  chart.edges.forEach((edge, index) => edgesByKey.set(edge.key, [...(edgesByKey.get(edge.key) ?? []), index]))
  const allPaths = [...paths.state, ...paths.transition]

  const explorerPaths: ExplorerPath[] = allPaths.map((path) => {
    const steps: ExplorerStep[] = path.steps.map((step) => {
      const edges = step.transitions.flatMap((key) => edgesByKey.get(key) ?? [])
      const requirements = step.trusted
        ? unique(edges.flatMap((index) => requirementsOf(chart.edges[index]!)))
        : UNTRUSTED_REQUIREMENTS.map((requirement) => requirement.id)
      return {
        phrase: step.phrase,
        stateLabel: step.stateLabel,
        stateId: `${chart.machineId}.${valuePath(step.state.value)}`,
        eventType: step.event?.type ?? null,
        trusted: step.trusted,
        edges,
        requirements,
      }
    })
    return {
      id: path.id,
      coverage: path.coverage,
      covers: path.covers,
      description: path.description,
      requirements: unique(steps.flatMap((step) => step.requirements)).sort(),
      steps,
    }
  })

  const edges: ExplorerEdge[] = chart.edges.map((edge, index) => ({
    index,
    key: edge.key,
    sourceId: edge.sourceId,
    targetId: edge.targetId,
    event: meaning(EVENT_GLOSSARY, eventKey(edge)),
    guards: edge.guard ? unique(guardNames(edge.guard)).map((name) => meaning(GUARD_GLOSSARY, name)) : [],
    guardText: edge.guard,
    actions: edge.actions.map((action) => ({ name: action, meaning: ACTION_GLOSSARY[actionName(action)] ?? UNDESCRIBED })),
    label: edge.label,
    requirements: requirementsOf(edge),
    paths: explorerPaths.filter((path) => path.steps.some((step) => step.edges.includes(index))).map((path) => path.id),
  }))

  return {
    machineId: chart.machineId,
    states: drawnStates(chart).map((state) => ({ id: state.id, path: state.path.join('.'), entry: state.entry, invokes: state.invokes })),
    edges,
    paths: explorerPaths,
    requirements: allRequirements(),
  }
}
