import type { ExplorerData, ExplorerEdge, Meaning } from '../explorerData'
import { code, el } from './dom'

const shortName = (stateId: string) => stateId.split('.').slice(1).join('.') || stateId

const meaningList = (items: readonly Meaning[]) =>
  el('ul', { class: 'meanings' }, ...items.map((item) => el('li', {}, code(item.name), ' — ', item.meaning)))

/** Renders what a transition does, in plain words, and the paths that cover it. */
export function renderTransition(
  container: HTMLElement,
  edge: ExplorerEdge,
  data: ExplorerData,
  openPath: (pathId: string) => void,
): void {
  const says = new Map(data.requirements.map((requirement) => [requirement.id, requirement.says]))
  const internal = edge.sourceId === edge.targetId
  container.replaceChildren(
    el('h3', {}, internal ? `${shortName(edge.sourceId)} (stays)` : `${shortName(edge.sourceId)} → ${shortName(edge.targetId)}`),
    el('p', { class: 'edge-label' }, code(edge.label)),
    el('h4', {}, 'Event'),
    meaningList([edge.event]),
    el('h4', {}, 'Guard'),
    edge.guards.length === 0 ? el('p', {}, 'None: the event always takes this transition.') : meaningList(edge.guards),
    el('h4', {}, 'Actions'),
    edge.actions.length === 0 ? el('p', {}, 'None.') : meaningList(edge.actions),
    el('h4', {}, 'Requirements'),
    edge.requirements.length === 0
      ? el('p', {}, 'None tagged.')
      : el('ul', {}, ...edge.requirements.map((id) => el('li', {}, code(id), ' — ', says.get(id) ?? ''))),
    el('h4', {}, `Covered by ${edge.paths.length} path${edge.paths.length === 1 ? '' : 's'}`),
    el(
      'ul',
      { class: 'path-chips' },
      ...edge.paths.map((pathId) => {
        const button = el('button', { type: 'button', class: 'chip' }, pathId)
        button.addEventListener('click', () => openPath(pathId))
        return el('li', {}, button)
      }),
    ),
  )
}

/** Lists a state's transitions as buttons (focusing a state on the chart). */
export function renderStateTransitions(
  container: HTMLElement,
  stateId: string,
  data: ExplorerData,
  selectEdge: (index: number) => void,
): void {
  const state = data.states.find((candidate) => candidate.id === stateId)
  const edges = data.edges.filter((edge) => edge.sourceId === stateId || edge.targetId === stateId)
  container.replaceChildren(
    el('h3', {}, `State ${shortName(stateId)}`),
    state && state.entry.length > 0 ? el('p', {}, 'On entry: ', code(state.entry.join(', '))) : '',
    state && state.invokes.length > 0 ? el('p', {}, 'Runs: ', code(state.invokes.join(', '))) : '',
    el('p', {}, `${edges.length} transitions in or out. Choose one to read it:`),
    el(
      'ul',
      { class: 'edge-list' },
      ...edges.map((edge) => {
        const direction = edge.sourceId === edge.targetId ? 'stays' : edge.sourceId === stateId ? `→ ${shortName(edge.targetId)}` : `← ${shortName(edge.sourceId)}`
        const button = el('button', { type: 'button', class: 'edge-button' }, code(edge.event.name), ` ${direction}`, edge.guardText ? ` [${edge.guardText}]` : '')
        button.addEventListener('click', () => selectEdge(edge.index))
        return el('li', {}, button)
      }),
    ),
  )
}
