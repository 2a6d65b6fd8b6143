import { __unsafe_getAllOwnEventDescriptors, initialTransition, transition, type AnyMachineSnapshot } from 'xstate'
import { ticketEmbedMachine } from '../../../../machines/ticketEmbedMachine'
import { MODEL_INPUT, phraseOf, SAMPLE_EVENTS, type SampleEvent } from '../../../../tests/model/sampleEvents'
import { stateLabel, valuePath } from '../../../../tests/model/stateKeys'
import { transitionKey } from '../../statechart'
import type { ExplorerData } from '../explorerData'
import type { ChartView } from './chartView'
import { byId, code, el } from './dom'

/**
 * "What happens if…": the machine itself (bundled into the page) computes the next state with
 * `transition(machine, snapshot, event)`, for every sample event the current state accepts (the
 * same samples the model-based tests use, trusted and forged). No network, no actor, no side effect.
 */
export function createSimulatePanel(data: ExplorerData, chart: ChartView): { show(): void } {
  const root = byId('simulate')
  const edgeIndex = new Map<string, number[]>()
  for (const edge of data.edges) edgeIndex.set(edge.key, [...(edgeIndex.get(edge.key) ?? []), edge.index])
  const [initial] = initialTransition(ticketEmbedMachine, MODEL_INPUT)
  let snapshot: AnyMachineSnapshot = initial
  let history: string[] = []
  let lastEdges: number[] = []

  const stateIdOf = (s: AnyMachineSnapshot) => `${data.machineId}.${valuePath(s.value)}`
  const takenEdges = (s: AnyMachineSnapshot, sample: SampleEvent) =>
    s.machine.getTransitionData(s as never, sample.event as never).flatMap((t) => edgeIndex.get(transitionKey(t)) ?? [])

  function enabled(s: AnyMachineSnapshot): SampleEvent[] {
    const types = new Set(__unsafe_getAllOwnEventDescriptors(s))
    return SAMPLE_EVENTS.filter((sample) => types.has(sample.event.type))
  }

  function render() {
    chart.markStep(stateIdOf(snapshot), lastEdges)
    const options = enabled(snapshot).map((sample) => {
      const [next] = transition(ticketEmbedMachine, snapshot as never, sample.event as never)
      const nextLabel = stateLabel(next as AnyMachineSnapshot)
      const same = JSON.stringify(next.value) === JSON.stringify(snapshot.value) && nextLabel === stateLabel(snapshot)
      const button = el(
        'button',
        { type: 'button', class: `sim-event${sample.trusted ? '' : ' sim-event--untrusted'}` },
        code(sample.id),
        ` ${phraseOf(sample.event, snapshot)} `,
        el('span', { class: 'sim-next' }, same ? '(stays)' : `→ ${nextLabel}`),
      )
      button.addEventListener('click', () => {
        lastEdges = takenEdges(snapshot, sample)
        history = [...history, `${stateLabel(snapshot)} — ${phraseOf(sample.event, snapshot)} → ${nextLabel}`]
        snapshot = next as AnyMachineSnapshot
        render()
        document.getElementById('sim-state')?.focus()
      })
      return el('li', {}, button)
    })
    const reset = el('button', { type: 'button' }, 'Start again')
    reset.addEventListener('click', () => {
      snapshot = initial
      history = []
      lastEdges = []
      render()
    })
    root.replaceChildren(
      el('p', { id: 'sim-state', tabindex: '-1', 'aria-live': 'polite' }, 'The panel is ', code(stateLabel(snapshot)), '.'),
      el('h3', {}, `Events this state accepts (${options.length})`),
      el('ul', { class: 'sim-events' }, ...options),
      el('div', { class: 'step-nav' }, reset),
      el('h3', {}, 'What happened so far'),
      history.length === 0 ? el('p', {}, 'Nothing yet: the customer page just opened.') : el('ol', {}, ...history.map((line) => el('li', {}, line))),
    )
  }

  return { show: render }
}
