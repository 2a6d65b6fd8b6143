import type { ExplorerData } from '../explorerData'

/**
 * The chart's highlighting: a focused state shows only its transitions (everything else dimmed),
 * a selected transition stands out, and a played step marks its state and the transition taken.
 */
export interface ChartView {
  /** Dims everything but `stateId` and its transitions; `null` clears. */
  focusState(stateId: string | null): void
  /** Marks one transition as selected; `null` clears. */
  selectEdge(index: number | null): void
  /** Marks the state a step is in and the transitions it took. */
  markStep(stateId: string | null, edges: readonly number[]): void
}

/** Binds highlighting to the inline SVG inside `root`. */
export function createChartView(root: HTMLElement, data: ExplorerData): ChartView {
  const all = (selector: string) => [...root.querySelectorAll<SVGElement>(selector)]
  const edgeParts = (index: number) => all(`[data-edge="${index}"]`)
  // A state's own transitions and those of its children (a compound state's).
  const edgesOf = (stateId: string) =>
    data.edges.filter((edge) => edge.sourceId === stateId || edge.targetId === stateId || edge.sourceId.startsWith(`${stateId}.`) || edge.targetId.startsWith(`${stateId}.`))
  const clear = (name: string) => all(`.${name}`).forEach((node) => node.classList.remove(name))

  return {
    focusState(stateId) {
      clear('related')
      root.classList.toggle('focusing', stateId !== null)
      if (stateId === null) return
      for (const edge of edgesOf(stateId)) {
        for (const part of edgeParts(edge.index)) part.classList.add('related')
        for (const id of [edge.sourceId, edge.targetId]) all(`[data-state-id="${id}"]`).forEach((node) => node.classList.add('related'))
      }
      all(`[data-state-id="${stateId}"]`).forEach((node) => node.classList.add('related'))
    },
    selectEdge(index) {
      clear('selected')
      if (index !== null) edgeParts(index).forEach((node) => node.classList.add('selected'))
    },
    markStep(stateId, edges) {
      clear('current')
      clear('taken')
      if (stateId !== null) all(`[data-state-id="${stateId}"]`).forEach((node) => node.classList.add('current'))
      for (const index of edges) edgeParts(index).forEach((node) => node.classList.add('taken'))
    },
  }
}
