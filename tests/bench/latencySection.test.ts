import { latencySection } from '../../scripts/bench/latency/latencySection'
import type { LatencyResults } from '../../scripts/bench/latency/measureLatency'
import type { LatencyRun } from '../../scripts/bench/latency/measureLatencyRun'
import { formatSpan, spanSummary } from '../../scripts/bench/latency/spanSummary'
import { roundOrder, STRATEGIES } from '../../scripts/bench/latency/strategies'

const run = (strategy: string, spans: Partial<LatencyRun>): LatencyRun => ({ strategy, dwellMs: [310, 305, 320], ...spans })

function results(runs: LatencyRun[]): LatencyResults {
  return {
    runs,
    rounds: 1,
    associate: STRATEGIES.map((s) => ({ strategy: s.name, documentLoads: s.name.startsWith('preload') ? 1 : 0 })),
    network: { latencyMs: 150, downloadMbitPerS: 10, uploadMbitPerS: 5 },
    throttled: { page: 7, iframe: 12 },
    wallMs: 60_000,
    code: 'abc1234 test',
  }
}

const fast = { firstOpenMs: 500, secondOpenMs: 120, otherCustomerOpenMs: 700, listedAutoMs: 20, confirmedAutoMs: 300, listedFallbackMs: 600 }
const slow = { firstOpenMs: 1000, secondOpenMs: 800, otherCustomerOpenMs: 900, listedAutoMs: 400, confirmedAutoMs: 400, listedFallbackMs: 900 }

function row(section: ReturnType<typeof latencySection>, figure: string) {
  const found = section.rows.find((r) => r.figure === figure)
  if (!found) throw new Error(`no row ${figure}`)
  return found
}

describe('spanSummary and formatSpan', () => {
  it('summarises one strategy, leaving out runs that did not reach the span', () => {
    const runs = [run('a', { firstOpenMs: 300 }), run('a', { firstOpenMs: 100 }), run('a', {}), run('b', { firstOpenMs: 9 })]
    expect(spanSummary(runs, 'a', 'firstOpenMs')).toEqual({ median: 100, p95: 300, n: 2 })
  })

  it('writes median, p95, the ratio to the baseline and the count', () => {
    expect(formatSpan({ median: 581.4, p95: 990.6, n: 30 }, 1000)).toBe('median 581 ms · p95 991 ms · 0.58× baseline (n 30)')
    expect(formatSpan({ median: 1000, p95: 1200, n: 30 }, null)).toBe('median 1000 ms · p95 1200 ms (n 30)')
  })
})

describe('roundOrder', () => {
  it('starts each round with the next strategy, so none is always measured first', () => {
    expect(roundOrder(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c'])
    expect(roundOrder(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a'])
    expect(roundOrder(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c'])
  })
})

describe('latencySection', () => {
  it('marks the goals met on the strategy built for each and on the defaults', () => {
    const section = latencySection(results(STRATEGIES.map((s) => run(s.name, s.name === 'baseline' ? slow : fast))))
    expect(row(section, 'first open → usable · defaults')).toMatchObject({ goal: '≤ 0.6× baseline', met: true })
    expect(row(section, 'second open → usable (same customer, after a ticket) · keepFrame')).toMatchObject({ goal: '≤ 150 ms', met: true })
    expect(row(section, 'submit → listed (the CRM links) · optimisticList')).toMatchObject({ goal: '≤ 150 ms', met: true })
    expect(row(section, 'first open → usable · baseline')).toMatchObject({ goal: '', met: null })
    expect(row(section, 'failed runs').met).toBe(true)
    expect(section.notes.filter((note) => note.includes('not met'))).toEqual([])
  })

  it('says by how much a goal is missed', () => {
    const section = latencySection(results(STRATEGIES.map((s) => run(s.name, slow))))
    expect(row(section, 'first open → usable · defaults').met).toBe(false)
    expect(section.notes).toContain('first open → usable · defaults: goal ≤ 0.6× baseline not met, 1.00× the baseline, 400 ms over.')
    expect(section.notes).toContain('second open → usable (same customer, after a ticket) · defaults: goal ≤ 150 ms not met, 650 ms over.')
  })

  it('reports failed runs instead of dropping them', () => {
    const runs = [run('baseline', slow), run('defaults', { ...fast, secondOpenMs: undefined, failure: 'second open: timeout' })]
    const section = latencySection(results(runs))
    expect(row(section, 'failed runs')).toMatchObject({ value: '1 of 8', met: false })
    expect(section.notes).toContain('a defaults run failed: second open: timeout')
  })

  it('counts the embed page loads of "Associate existing" per strategy', () => {
    const section = latencySection(results([run('baseline', slow)]))
    expect(row(section, 'embed page loads for "+" → "Associate existing" · preload (+preconnect)').value).toBe('1 (1 page loads)')
    expect(row(section, 'embed page loads for "+" → "Associate existing" · baseline').value).toBe('0 (1 page loads)')
  })

  it('fails the emulation check when the embed document came faster than the emulated latency', () => {
    const load = { documentMs: 20, files: [], weightStartupMs: null, clockSkewMs: 0 }
    const section = latencySection(results([run('baseline', { ...slow, firstLoad: load })]))
    expect(row(section, 'network emulation reaches the embed frame: its document, request → response end (median)').met).toBe(false)
  })
})
