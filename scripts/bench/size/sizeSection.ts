import { type BenchSection, goalRow, infoRow } from '../report/benchSection'
import { bytes, ratio } from '../report/format'
import type { SizeResults } from './measureSize'
import { COMPARISON_ENTRIES, OUR_ENTRIES } from './sizeEntries'

const gz = (results: SizeResults, id: string) => results[id]!.gzip

/** The size rows: our entries against their budgets, their parts, the other libraries, and ratios. */
export function sizeSection(results: SizeResults): BenchSection {
  const rows = OUR_ENTRIES.map((entry) => {
    const { gzip, min } = results[entry.id]!
    const value = `${bytes(gzip)} (${bytes(min)} min)`
    return entry.budget === undefined ? infoRow(entry.label, value) : goalRow(entry.label, value, `≤ ${bytes(entry.budget)}`, gzip <= entry.budget)
  })

  const core = gz(results, 'hostCore')
  const protocol = gz(results, 'protocol')
  const machine = gz(results, 'protocolMachine') - protocol
  const composable = core - gz(results, 'protocolMachine')
  const child = gz(results, 'child')
  const parsers = gz(results, 'childParsers')
  rows.push(
    infoRow('host core, part: protocol/', bytes(protocol)),
    infoRow('host core, part: machine (ticketEmbedMachine + its helpers)', bytes(machine)),
    infoRow('host core, part: composable (useTicketEmbed + pending links, log, helpers)', bytes(composable)),
    infoRow('child, part: the two parsers (protocol/)', bytes(parsers)),
    infoRow('child, part: the SDK itself (child/)', bytes(child - parsers)),
  )

  for (const entry of COMPARISON_ENTRIES) {
    const { gzip, min } = results[entry.id]!
    rows.push(infoRow(entry.label, `${bytes(gzip)} (${bytes(min)} min)`))
  }
  const penpal = gz(results, 'penpal')
  rows.push(
    infoRow('ratio host core ÷ penpal', ratio(core / penpal)),
    infoRow('ratio host core ÷ @iframe-resizer/parent', ratio(core / gz(results, 'iframeResizerParent'))),
    infoRow('ratio child ÷ penpal', ratio(child / penpal)),
    infoRow('ratio child ÷ @iframe-resizer/child', ratio(child / gz(results, 'iframeResizerChild'))),
    infoRow('ratio child ÷ post-robot', ratio(child / gz(results, 'postRobot'))),
  )

  const notes: string[] = []
  const coreBudget = OUR_ENTRIES.find((entry) => entry.id === 'hostCore')!.budget!
  if (core > coreBudget) {
    notes.push(
      `host core is ${bytes(core)}, ${bytes(core - coreBudget)} over its ${bytes(coreBudget)} budget. ` +
        `Its parts: protocol/ ${bytes(protocol)}, the machine ${bytes(machine)}, the composable ${bytes(composable)}. ` +
        `The machine and the composable alone are ${bytes(machine + composable)}, already over the budget, ` +
        'so no change to protocol/ can meet it (XState itself is a peer and not counted).',
    )
  }
  const childBudget = OUR_ENTRIES.find((entry) => entry.id === 'child')!.budget!
  if (child > childBudget) {
    notes.push(
      `child is ${bytes(child)}, ${bytes(child - childBudget)} over its ${bytes(childBudget)} budget. ` +
        `It runs both parsers of protocol/ (fail-closed schemas, prototype checks, the host's own parser ` +
        `on every outgoing message): ${bytes(parsers)}, ${Math.round((parsers / childBudget) * 100)} % of the budget; ` +
        `the SDK itself (origin checks, handshake, senders, auto-resize) is ${bytes(child - parsers)}. ` +
        `It is still ${ratio(child / penpal)} penpal and ${ratio(child / gz(results, 'iframeResizerChild'))} @iframe-resizer/child.`,
    )
  }
  return { title: 'size (min + gzip -9)', rows, notes }
}
