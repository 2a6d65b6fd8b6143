import { type BenchSection, goalRow, infoRow } from '../report/benchSection'
import { grouped as count, ms, ratio, yesNo } from '../report/format'
import type { DemoFloodResults } from './measureDemoFlood'

/** Goals of the issue: the demo page absorbs the flood within 3× a no-op page, and the back arrow still answers. */
const RATIO_GOAL = 3
const BACK_ARROW_GOAL_MS = 200

/** The flood rows measured on the real demo page (drawer open, panel ready). */
export function demoFloodSection(results: DemoFloodResults): BenchSection {
  const r = results.demoMs / results.noopMs
  const after = results.backArrowAfterDeliveredMs
  const flood = `${count(results.messages)} forged messages, median of ${results.rounds}`
  const rows = [
    infoRow(`main-thread time, page with a no-op listener (${flood})`, ms(results.noopMs, 0)),
    infoRow('main-thread time, demo page with the drawer open and the panel ready (until its log shows them)', ms(results.demoMs, 0)),
    goalRow('ratio demo page ÷ no-op page', ratio(r), `≤ ${RATIO_GOAL}`, r <= RATIO_GOAL),
    goalRow(
      'back arrow clicked during a flood: panel hidden, after the flood\'s last message was delivered',
      after <= 0 ? `before it (${ms(-after, 0)} earlier)` : ms(after, 0),
      `≤ ${BACK_ARROW_GOAL_MS} ms`,
      after <= BACK_ARROW_GOAL_MS,
    ),
    infoRow('back arrow: click sent → panel hidden', ms(results.backArrowClickToGoneMs, 0)),
    infoRow('back arrow: forged messages already in when the click reached the page', `${count(results.backArrowClickedAfterMessages)} of ${count(results.messages)}`),
    goalRow('panel stays ready through the floods', yesNo(results.stateUnchanged), 'yes', results.stateUnchanged),
    goalRow("drawer's log: every forged message rejected, none accepted", yesNo(results.everyMessageRejected), 'yes', results.everyMessageRejected),
  ]
  const notes: string[] = []
  if (r > RATIO_GOAL) notes.push(`the demo page spends ${ratio(r)} a no-op page's main-thread time on the flood (${ms(results.demoMs, 0)} against ${ms(results.noopMs, 0)}).`)
  if (after > BACK_ARROW_GOAL_MS) notes.push(`the back arrow took effect ${ms(after, 0)} after the flood's last message.`)
  return { title: 'flood (demo page)', rows, notes }
}
