import { type BenchRow, type BenchSection, goalRow, infoRow } from '../report/benchSection'
import { ms, ratio, us, yesNo } from '../report/format'
import type { HandshakeResults } from './measureHandshake'
import { HANDSHAKE_SETTINGS } from './measureHandshake'

const CASE_LABELS = { raw: '(a) raw postMessage', ours: '(b) ours', penpal: '(c) penpal 7' } as const

/** Goals of the issue, per setting: b/a in every setting, b/c warm and fresh frame. */
const GOALS = {
  warm: { ba: 1.1, bc: 0.35 },
  idle: { ba: 1.1, bc: null },
  fresh: { ba: 1.1, bc: 0.6 },
} as const

/** The handshake rows: each case's median / p95 per setting, and the ratios against the goals. */
export function handshakeSection(results: HandshakeResults): BenchSection {
  const rows: BenchRow[] = [
    infoRow('cross-origin isolated (host / embed)', `${yesNo(results.isolated.host)} / ${yesNo(results.isolated.embed)}`),
    infoRow('embed in its own renderer process', yesNo(results.embedOutOfProcess)),
  ]
  const notes: string[] = []
  for (const setting of HANDSHAKE_SETTINGS) {
    const cases = results.settings[setting]
    for (const kind of ['raw', 'ours', 'penpal'] as const) {
      const { median, p95, n } = cases[kind]
      rows.push(infoRow(`${setting}: ${CASE_LABELS[kind]}, median / p95 (n = ${n})`, `${ms(median)} / ${ms(p95)}`))
    }
    const ba = cases.ours.median / cases.raw.median
    const bc = cases.ours.median / cases.penpal.median
    const goal = GOALS[setting]
    rows.push(goalRow(`${setting}: b / a (medians)`, ratio(ba), `≤ ${goal.ba}`, ba <= goal.ba))
    rows.push(goal.bc === null ? infoRow(`${setting}: b / c (medians)`, ratio(bc)) : goalRow(`${setting}: b / c (medians)`, ratio(bc), `≤ ${goal.bc}`, bc <= goal.bc))
    if (ba > goal.ba) {
      const gapUs = (cases.ours.median - cases.raw.median) * 1000
      notes.push(`${setting}: b is ${us(gapUs, 0)} slower than a (${ratio(ba)}); see the phases below for where it goes.`)
    }
    if (goal.bc !== null && bc > goal.bc) {
      const floor = cases.raw.median / cases.penpal.median
      notes.push(
        `${setting}: b / c is ${ratio(bc)} against a goal of ${goal.bc} (penpal ${ms(cases.penpal.median)}, ours ${ms(cases.ours.median)}). ` +
          `The raw floor a alone is ${ratio(floor)} of c here` +
          (floor > goal.bc ? ', so no handshake, however lean, can reach the goal in this setting.' : '.'),
      )
    }
  }
  const { raw, ours } = results.phases
  const total = (p: typeof raw) => p.send + p.transit + p.receive
  const phase = (p: typeof raw) => `${us(p.send * 1000, 0)} / ${us(p.transit * 1000, 0)} / ${us(p.receive * 1000, 0)}`
  rows.push(
    infoRow('host listeners per EMBED_READY: panel + machine + EMBED_INIT posted (median / p95)', `${us(results.hostListener.median * 1000, 0)} / ${us(results.hostListener.p95 * 1000, 0)}`),
    infoRow('warm phases in the embed, send / transit / receive, (a) raw', phase(raw)),
    infoRow('warm phases in the embed, send / transit / receive, (b) ours', phase(ours)),
    infoRow('warm, a and b alone (no penpal between them): b / a', ratio(total(ours) / total(raw))),
  )
  const sdkUs = (ours.send - raw.send + ours.receive - raw.receive) * 1000
  const transitUs = (ours.transit - raw.transit) * 1000
  const hostUs = results.hostListener.median * 1000
  notes.push(
    `where b's extra time goes (warm, medians): the SDK's own work in the embed ${us(sdkUs, 0)} (set-up and checks before ` +
      `posting, parsing EMBED_INIT), the host page's listeners ${us(hostUs, 0)}, and ${us(transitUs - hostUs, 0)} more in transit ` +
      'than the raw ping, i.e. outside any of our code: between the post being queued and the answer arriving, with the host\'s ' +
      'own work already counted. On this machine two cores run the browser, the GPU process and three renderers.',
  )
  return { title: 'handshake', rows, notes }
}
