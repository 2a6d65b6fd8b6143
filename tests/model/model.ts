import { getStateNodes, TestModel, type TestPath } from '@xstate/graph'
import { __unsafe_getAllOwnEventDescriptors, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import type { TicketEmbedInput } from '../../machines/types'
import { MODEL_INPUT, phraseOf, SAMPLE_EVENTS, sampleOf, type ModelEvent, type SampleEvent } from './sampleEvents'
import { keepMayMatter, serializeForStates, serializeForTransitions, stateLabel, valuePath } from './stateKeys'
import { takenTransitionKeys } from './takenTransitions'

/**
 * The model-based test model of `ticketEmbedMachine`: `TestModel` from `@xstate/graph` over the real
 * machine (`createTestModel` refuses machines with `after` and `invoke`). The traversal only
 * computes transitions (`machine.transition`), it runs no action, so the plain machine is the model;
 * the tests run each path on a real actor of `ticketEmbedMachine.provide(spies)`. Free of Vitest: the
 * docs generator imports it too.
 */

/** What the paths cover: every state (per attempt inside `associating`) or every transition. */
export type Coverage = 'state' | 'transition'

/** One step of a path: the event, how QA reads it, and the state after it. */
export interface ModelStep {
  /** `null` for the first step, the page opening. */
  event: ModelEvent | null
  /** The sample id of the event (`embed.ready:wrong-origin`), `null` for the first step. */
  sampleId: string | null
  trusted: boolean
  phrase: string
  /** The snapshot the model expects after the step. */
  state: AnyMachineSnapshot
  /** `associating.attempting (attempt 2)`. */
  stateLabel: string
  /** Keys of the machine transitions the step takes; `[]` when the event is ignored. */
  transitions: string[]
}

/** One generated path, ready to run as a test and to print for QA. */
export interface ModelPath {
  /** `S3` (state coverage) or `T17` (transition coverage): the same number in test names and docs. */
  id: string
  coverage: Coverage
  /** What it is there for: the state it reaches, or its last step (`ready → ready when embed asks for 720 px of height`). */
  covers: string
  /** The state the covered step starts in (transition coverage); `null` for state coverage. */
  from: string | null
  /** `Agent clicks Create Ticket → embed reports ready from the CRM origin ⇒ ready`. */
  description: string
  steps: ModelStep[]
}

/** Options of the model; the defaults are what the committed tests and docs use. */
export interface ModelOptions {
  /** @default SAMPLE_EVENTS */
  samples?: readonly SampleEvent[]
  /** @default MODEL_INPUT */
  input?: TicketEmbedInput
}

type Snapshot = AnyMachineSnapshot
const START_PHRASE = 'Customer page opens (panel hidden)'

/** `new TestModel(machine, …)` keyed for the wanted coverage, fed only events each state accepts. */
export function createTicketEmbedModel(coverage: Coverage, options: ModelOptions = {}) {
  const samples = options.samples ?? SAMPLE_EVENTS
  const byType = new Map<string, ModelEvent[]>()
  for (const { event } of samples) byType.set(event.type, [...(byType.get(event.type) ?? []), event])
  return new TestModel<Snapshot, ModelEvent, TicketEmbedInput>(ticketEmbedMachine as unknown as AnyStateMachine, {
    input: options.input ?? MODEL_INPUT,
    // Only event types the active states handle (as `createTestModel` does): an event no state
    // handles cannot change anything, and feeding it everywhere would only add empty paths.
    events: (snapshot) =>
      __unsafe_getAllOwnEventDescriptors(snapshot)
        .flatMap((type) => byType.get(type) ?? [])
        .filter((event) => !isWalkedInReadyOnly(snapshot, event) && !isWalkedWithoutKeepOnly(snapshot, event)),
    serializeEvent: (event) => sampleOf(event).id,
    serializeState: coverage === 'state' ? serializeForStates : serializeForTransitions,
  } as ConstructorParameters<typeof TestModel<Snapshot, ModelEvent, TicketEmbedInput>>[1])
}

/**
 * `ready` with a create in flight is a state of its own for the model (its close leads to the
 * longer grace), but it handles every event as `ready` does. Walked there: what the flag changes or
 * what changes the flag (closing, the create's result, its start, a navigation). Walked in `ready`
 * only: resizes, repeated readies and every untrusted message, which the flag cannot change.
 */
function isWalkedInReadyOnly(snapshot: Snapshot, event: ModelEvent): boolean {
  if (!snapshot.matches('ready') || snapshot.context.createInFlight !== true) return false
  return !sampleOf(event).trusted || event.type === 'embed.resize' || event.type === 'embed.ready'
}

/** What a kept form changes: where closing, the grace and the refresh lead, and what leads there. */
const WALKED_WITH_KEEP = new Set([
  'panel.close',
  'embed.createStarted',
  'embed.ticketCreated:auto-associated',
  'after:closeGrace',
  'refresh:done',
  'refresh:error',
  'after:refreshTimeout',
])

/**
 * A form that can start afresh is a variant of `ready`, `success` and `hidden.listening` for the
 * model (its panel keeps the frame when done), but it handles every other event as they do. Walked
 * there: the steps towards the end of the ticket only. The ready that says so is walked where a
 * frame first says it is ready (`loading`, `hidden.warming`); elsewhere it is the plain ready again.
 */
function isWalkedWithoutKeepOnly(snapshot: Snapshot, event: ModelEvent): boolean {
  const { id } = sampleOf(event)
  // Clamping is the same action as in `ready`, walked there; out of sight one trusted resize is enough.
  if (id.startsWith('embed.resize:too-')) return snapshot.matches({ hidden: 'warming' }) || snapshot.matches({ hidden: 'warm' })
  if (id === 'embed.ready:can-reset') return !snapshot.matches('loading') && !snapshot.matches({ hidden: 'warming' })
  return keepMayMatter(snapshot) && snapshot.context.embedCanReset === true && !WALKED_WITH_KEEP.has(id)
}

const STATE_ORDER = getStateNodes(ticketEmbedMachine).map((node) => node.path.join('.'))

/** Position of a state in the machine's document order, then its attempt: the order paths are listed in. */
function stateRank(snapshot: Snapshot): number {
  return STATE_ORDER.indexOf(valuePath(snapshot.value)) * 10 + Number(snapshot.context.associateAttempt ?? 0)
}

/** Listing order: by the state reached (state coverage) or the state the covered step starts in, then the sample. */
function pathRank(path: TestPath<Snapshot, ModelEvent>, coverage: Coverage, samples: readonly SampleEvent[]): number {
  const { steps } = path
  if (coverage === 'state') return stateRank(path.state)
  if (steps.length < 2) return -1
  const sampleId = sampleOf(steps[steps.length - 1]!.event).id
  return stateRank(steps[steps.length - 2]!.state) * 1000 + samples.findIndex((sample) => sample.id === sampleId)
}

function toModelPath(path: TestPath<Snapshot, ModelEvent>, coverage: Coverage, id: string): ModelPath {
  const steps: ModelStep[] = path.steps.map((step, index) => {
    const before = index === 0 ? null : path.steps[index - 1]!.state
    if (before === null) {
      return { event: null, sampleId: null, trusted: true, phrase: START_PHRASE, state: step.state, stateLabel: stateLabel(step.state), transitions: [] }
    }
    const sample = sampleOf(step.event)
    return {
      event: step.event,
      sampleId: sample.id,
      trusted: sample.trusted,
      phrase: phraseOf(step.event, before),
      state: step.state,
      stateLabel: stateLabel(step.state),
      transitions: takenTransitionKeys(before, step.event),
    }
  })
  const last = steps[steps.length - 1]!
  const from = steps.length > 1 ? steps[steps.length - 2]!.stateLabel : null
  const walked = steps.slice(1).map((step) => step.phrase)
  const description = `${walked.length === 0 ? START_PHRASE : walked.join(' → ')} ⇒ ${last.stateLabel}`
  let covers = last.stateLabel
  if (coverage === 'transition') {
    covers = from === null
      ? `the initial state ${last.stateLabel}`
      : last.transitions.length === 0
        ? `${from} stays unchanged when ${last.phrase}`
        : `${from} → ${last.stateLabel} when ${last.phrase}`
  }
  return { id, coverage, covers, from: coverage === 'transition' ? from : null, description, steps }
}

/** The shortest path to every state (or transition) of the model, numbered `S1…` / `T1…`. */
export function generatePaths(coverage: Coverage, options: ModelOptions = {}): ModelPath[] {
  const samples = options.samples ?? SAMPLE_EVENTS
  // One path per key, prefixes kept: each path stands for exactly the state or step it covers.
  const paths = createTicketEmbedModel(coverage, options).getShortestPaths({ allowDuplicatePaths: true })
  const prefix = coverage === 'state' ? 'S' : 'T'
  return paths
    .map((path) => ({ path, rank: pathRank(path, coverage, samples) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ path }, index) => toModelPath(path, coverage, `${prefix}${index + 1}`))
}

let cached: { state: ModelPath[]; transition: ModelPath[] } | undefined

/** The committed paths (default samples and input), generated once per process. */
export function modelPaths(): { state: ModelPath[]; transition: ModelPath[] } {
  cached ??= { state: generatePaths('state'), transition: generatePaths('transition') }
  return cached
}
