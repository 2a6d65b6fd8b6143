import type { ExplorerData, ExplorerPath } from '../explorerData'
import type { ChartView } from './chartView'
import { byId, code, el } from './dom'
import { stepRun } from './runData'

/** Everything a path can be found by: id, words, states, events, requirement ids. */
function haystack(path: ExplorerPath): string {
  return [
    path.id,
    path.covers,
    path.description,
    ...path.requirements,
    ...path.steps.flatMap((step) => [step.stateLabel, step.eventType ?? '', step.phrase]),
  ]
    .join('\n')
    .toLowerCase()
}

/** The path list with its search box, and the step-by-step player of the chosen path. */
export interface PathsPanel {
  open(pathId: string): void
}

/** Binds the Paths tab. */
export function createPathsPanel(data: ExplorerData, chart: ChartView): PathsPanel {
  const search = byId<HTMLInputElement>('path-search')
  const list = byId('path-list')
  const count = byId('path-count')
  const player = byId('path-player')
  const texts = new Map(data.paths.map((path) => [path.id, haystack(path)]))
  let current: ExplorerPath | null = null
  let stepIndex = 0

  function renderList() {
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean)
    const matches = data.paths.filter((path) => words.every((word) => texts.get(path.id)!.includes(word)))
    count.textContent = `${matches.length} of ${data.paths.length} paths`
    list.replaceChildren(
      ...matches.map((path) => {
        const button = el('button', { type: 'button', class: 'path-button', 'aria-current': path === current ? 'true' : undefined }, el('strong', {}, path.id), ` ${path.covers}`)
        button.addEventListener('click', () => open(path.id))
        return el('li', {}, button)
      }),
    )
  }

  function renderStep() {
    if (!current) return
    const step = current.steps[stepIndex]!
    chart.markStep(step.stateId, step.edges)
    const run = stepRun(current.id, stepIndex)
    const steps = el(
      'ol',
      { class: 'steps' },
      ...current.steps.map((candidate, index) => {
        const button = el('button', { type: 'button', class: 'step-button', 'aria-current': index === stepIndex ? 'step' : undefined }, `${candidate.phrase} → `, code(candidate.stateLabel))
        button.addEventListener('click', () => {
          stepIndex = index
          renderStep()
        })
        return el('li', {}, button)
      }),
    )
    const prev = el('button', { type: 'button', disabled: stepIndex === 0 }, '← Previous step')
    const next = el('button', { type: 'button', disabled: stepIndex === current.steps.length - 1 }, 'Next step →')
    prev.addEventListener('click', () => move(-1))
    next.addEventListener('click', () => move(1))
    const verdict = run === null ? 'not run yet' : run.status === 'passed' ? 'passed' : run.status === 'failed' ? 'failed' : 'not reached'
    const figure = el(
      'figure',
      { class: 'shot' },
      run?.shot ? el('img', { src: run.shot, alt: `What the agent saw after step ${stepIndex + 1} of ${current.id}: ${step.phrase}, panel ${step.stateLabel}` }) : el('div', { class: 'no-shot' }, 'not run yet'),
      el(
        'figcaption',
        {},
        el('span', { class: `verdict verdict--${verdict.replace(/ /g, '-')}` }, verdict),
        run ? ` · ${run.from === 'run' ? 'last browser run' : 'committed set'}${run.played ? ` · ${run.played}` : ''}${run.seen.length ? ` · checked: ${run.seen.join(', ')}` : ''}` : '',
      ),
    )
    player.replaceChildren(
      el('h3', { id: 'player-title', tabindex: '-1' }, `${current.id} · ${current.covers}`),
      el('p', { class: 'step-now', 'aria-live': 'polite' }, `Step ${stepIndex + 1} of ${current.steps.length}: ${step.phrase} → `, code(step.stateLabel), step.trusted ? '' : ' (untrusted: must change nothing)'),
      el('div', { class: 'step-nav' }, prev, next),
      figure,
      current.requirements.length ? el('p', {}, 'Requirements: ', ...current.requirements.flatMap((id, index) => [index ? ', ' : '', code(id)])) : '',
      el('h4', {}, 'Steps'),
      steps,
    )
  }

  function move(by: number) {
    if (!current) return
    stepIndex = Math.max(0, Math.min(current.steps.length - 1, stepIndex + by))
    renderStep()
  }

  function open(pathId: string) {
    current = data.paths.find((path) => path.id === pathId) ?? null
    stepIndex = current ? current.steps.length - 1 : 0
    renderList()
    renderStep()
    document.getElementById('player-title')?.focus()
  }

  search.addEventListener('input', renderList)
  player.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      if ((event.target as HTMLElement).tagName === 'INPUT') return
      move(event.key === 'ArrowLeft' ? -1 : 1)
      event.preventDefault()
    }
  })
  renderList()
  return { open }
}
