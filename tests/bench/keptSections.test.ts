import { keptSections } from '../../scripts/bench/report/keptSections'
import type { BenchSection } from '../../scripts/bench/report/benchSection'

const PREVIOUS = [
  '| benchmark | figure | value | goal | status |',
  '|---|---|---|---|---|',
  '| size (min + gzip -9) | child SDK | 1 730 B | ≤ 1 200 B | **not met** |',
  '| handshake | warm: b / a | 1.53× | ≤ 1.1 | **not met** |',
  '| handshake | idle: b / a | 1.37× |  |  |',
  '| a \\| b | x | 1 |  |  |',
  '',
  '## Notes',
  '',
  '- **size (min + gzip -9)**: child is over.',
  '- **handshake**: slower than raw.',
].join('\n')

const size: BenchSection = { title: 'size (min + gzip -9)', rows: [], notes: [] }

describe('keptSections (one benchmark run alone keeps the others in docs/benchmarks.md)', () => {
  it("keeps the rows and notes of sections not measured now, in the document's order", () => {
    const kept = keptSections(PREVIOUS, [size])
    expect(kept.titles).toEqual(['handshake', 'a | b'])
    expect(kept.rows.get('handshake')).toEqual(['| handshake | warm: b / a | 1.53× | ≤ 1.1 | **not met** |', '| handshake | idle: b / a | 1.37× |  |  |'])
    expect(kept.notes.get('handshake')).toEqual(['- **handshake**: slower than raw.'])
  })

  it('drops the rows and notes of the sections measured now', () => {
    const kept = keptSections(PREVIOUS, [size])
    expect(kept.rows.has('size (min + gzip -9)')).toBe(false)
    expect(kept.notes.has('size (min + gzip -9)')).toBe(false)
  })

  it('keeps nothing from an empty document', () => {
    expect(keptSections('', [size]).titles).toEqual([])
  })
})
