import { createChartView } from './chartView'
import { byId } from './dom'
import { createPathsPanel } from './pathsPanel'
import { readExplorerData, runSummary } from './runData'
import { createSimulatePanel } from './simulatePanel'
import { renderStateTransitions, renderTransition } from './transitionPanel'

/** The explorer page's behaviour: chart focus, transition details, path player, simulate mode. */
const data = readExplorerData()
const chartRoot = byId('chart')
const chart = createChartView(chartRoot, data)
const details = byId('transition-details')
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')]

function showTab(tab: HTMLButtonElement, focus = false) {
  for (const candidate of tabs) {
    const selected = candidate === tab
    candidate.setAttribute('aria-selected', String(selected))
    candidate.tabIndex = selected ? 0 : -1
    byId(candidate.getAttribute('aria-controls')!).hidden = !selected
  }
  if (focus) tab.focus()
  if (tab.id === 'tab-simulate') simulate.show()
  if (tab.id !== 'tab-paths') chart.markStep(null, [])
}

const paths = createPathsPanel(data, chart)
const simulate = createSimulatePanel(data, chart)

function openPath(pathId: string) {
  showTab(byId<HTMLButtonElement>('tab-paths'))
  paths.open(pathId)
}

function selectEdge(index: number) {
  chart.selectEdge(index)
  showTab(byId<HTMLButtonElement>('tab-transition'))
  renderTransition(details, data.edges[index]!, data, openPath)
}

let pinned: string | null = null
for (const node of chartRoot.querySelectorAll<SVGGElement>('g.state')) {
  const stateId = node.dataset.stateId!
  node.addEventListener('mouseenter', () => chart.focusState(stateId))
  node.addEventListener('mouseleave', () => chart.focusState(pinned))
  node.addEventListener('focus', () => chart.focusState(stateId))
  node.addEventListener('blur', () => chart.focusState(pinned))
  const pin = () => {
    pinned = stateId
    chart.focusState(stateId)
    showTab(byId<HTMLButtonElement>('tab-transition'))
    renderStateTransitions(details, stateId, data, selectEdge)
  }
  node.addEventListener('click', (event) => {
    event.stopPropagation()
    pin()
  })
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      pin()
    }
  })
}
for (const node of chartRoot.querySelectorAll<SVGGElement>('g.label')) {
  const index = Number(node.dataset.edge)
  node.addEventListener('click', () => selectEdge(index))
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      selectEdge(index)
    }
  })
}
chartRoot.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    pinned = null
    chart.focusState(null)
    chart.selectEdge(null)
  }
})

tabs.forEach((tab, index) => {
  tab.addEventListener('click', () => showTab(tab))
  tab.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step !== 0) showTab(tabs[(index + step + tabs.length) % tabs.length]!, true)
  })
})

// Fit to the pane by default (the whole flow at a glance); actual size to read every label.
const zoom = byId<HTMLButtonElement>('zoom')
zoom.addEventListener('click', () => {
  const actual = zoom.getAttribute('aria-pressed') !== 'true'
  zoom.setAttribute('aria-pressed', String(actual))
  chartRoot.classList.toggle('fit', !actual)
})

byId('run-summary').textContent = runSummary()
const fromHash = decodeURIComponent(location.hash.slice(1))
if (data.paths.some((path) => path.id === fromHash)) openPath(fromHash)
