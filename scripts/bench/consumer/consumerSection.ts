import { type BenchRow, goalRow, infoRow } from '../report/benchSection'
import { bytes, ratio } from '../report/format'
import type { PageWeight } from './buildPage'
import { CHILD_PAGE_BUDGET, COMPOSABLE_OVER_BASELINE_BUDGET, CONSUMER_PAGES } from './consumerPages'

/** The consumer app's rows: each page's JavaScript (and CSS), and the budgets against the baselines. */
export function consumerRows(weights: Readonly<Record<string, PageWeight>>): { rows: BenchRow[]; notes: string[] } {
  const weight = (id: string) => weights[id]!
  const rows = CONSUMER_PAGES.map((page) => {
    const { js, css } = weight(page.id)
    return infoRow(`consumer app, ${page.label}`, `${bytes(js)} JS${css > 0 ? ` + ${bytes(css)} CSS` : ''}`)
  })
  const composableExtra = weight('composable').js - weight('baseline-core').js
  const child = weight('child').js
  const sectionExtra = weight('index').js - weight('baseline-pixel3').js
  rows.push(
    goalRow(
      'consumer app, composable-only page − Vue/Pinia/XState baseline (JS)',
      bytes(composableExtra),
      `≤ ${bytes(COMPOSABLE_OVER_BASELINE_BUDGET)}`,
      composableExtra <= COMPOSABLE_OVER_BASELINE_BUDGET,
    ),
    goalRow('consumer app, child-only page (JS)', bytes(child), `≤ ${bytes(CHILD_PAGE_BUDGET)}`, child <= CHILD_PAGE_BUDGET),
    infoRow('consumer app, full Tickets section page − pixel3 baseline page (JS)', bytes(sectionExtra)),
    infoRow('consumer app, full Tickets section page − pixel3 baseline page (CSS)', bytes(weight('index').css - weight('baseline-pixel3').css)),
    infoRow('consumer app, ratio full section page ÷ pixel3 baseline page (JS)', ratio(weight('index').js / weight('baseline-pixel3').js)),
  )
  const notes: string[] = []
  if (composableExtra > COMPOSABLE_OVER_BASELINE_BUDGET) {
    notes.push(`the composable-only page is ${bytes(composableExtra)} over the Vue/Pinia/XState baseline, ${bytes(composableExtra - COMPOSABLE_OVER_BASELINE_BUDGET)} over its budget.`)
  }
  if (child > CHILD_PAGE_BUDGET) notes.push(`the child-only page is ${bytes(child)}, ${bytes(child - CHILD_PAGE_BUDGET)} over its budget.`)
  return { rows, notes }
}
