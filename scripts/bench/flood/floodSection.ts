import { type BenchSection, goalRow, infoRow } from '../report/benchSection'
import { grouped as count, ms, ratio, us, yesNo } from '../report/format'
import type { FloodResults } from './measureFlood'

/** The flood rows: time per message against the no-op listener, the longest task, and what stayed unchanged. */
export function floodSection(results: FloodResults): BenchSection {
  const perFlood = `${count(results.messages)} messages × ${results.rounds} rounds`
  const r = results.oursUs / results.noopUs
  const longest = results.longestTaskMs
  const expected = results.messages * results.rounds
  const reasons = Object.entries(results.rejectedBy)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, n]) => `${reason} ${count(n)}`)
    .join(', ')
  const rows = [
    infoRow(`host main-thread time per message, no-op listener (${perFlood})`, us(results.noopUs)),
    infoRow('host main-thread time per message, panel ready', us(results.oursUs)),
    goalRow('ratio panel ÷ no-op', ratio(r), '≤ 3', r <= 3),
    goalRow('longest task, panel ready', longest === null ? 'none ≥ 50 ms' : `${ms(longest, 1)} (${results.longTasks} long tasks)`, '≤ 50 ms', longest === null || longest <= 50),
    infoRow('longest task, no-op listener alone', results.noopLongestTaskMs === null ? 'none ≥ 50 ms' : `${ms(results.noopLongestTaskMs, 1)} (${results.noopLongTasks} long tasks)`),
    goalRow('state stays ready', yesNo(results.stateUnchanged), 'yes', results.stateUnchanged),
    goalRow('list unchanged (no ticket created)', yesNo(results.ticketsUnchanged), 'yes', results.ticketsUnchanged),
    goalRow('log: accepted count unchanged', yesNo(results.acceptedUnchanged), 'yes', results.acceptedUnchanged),
    goalRow('track / notify / refresh / associate unchanged', yesNo(results.callbacksUnchanged), 'yes', results.callbacksUnchanged),
    goalRow('log: every forged message rejected', `${count(results.rejected)} of ${count(expected)}`, `${count(expected)}`, results.rejected === expected),
    infoRow('rejected by reason', reasons),
  ]
  const notes: string[] = []
  if (r > 3) {
    notes.push(
      `the panel's listener makes a forged message cost ${ratio(r)} a no-op listener's ` +
        `(${us(results.oursUs)} against ${us(results.noopUs)}); half of the messages come from the panel's own frame and go through the full parser.`,
    )
  }
  if (longest !== null && longest > 50) {
    const noop = results.noopLongestTaskMs
    notes.push(
      `tasks over 50 ms: the longest was ${ms(longest, 1)} with the panel ready` +
        (noop !== null && noop > 50
          ? `, and ${ms(noop, 1)} with only the no-op listener in the page: Chromium delivers a backlog of ` +
            'cross-process messages in long tasks whatever the listener does, so the goal cannot hold for a ' +
            `flood of this size; the panel lengthens them in proportion to its extra ${us(results.oursUs - results.noopUs)} per message.`
          : '.'),
    )
  }
  return { title: 'flood', rows, notes }
}
