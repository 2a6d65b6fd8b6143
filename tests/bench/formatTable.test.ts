import { goalRow, infoRow } from '../../scripts/bench/report/benchSection'
import { bytes, grouped } from '../../scripts/bench/report/format'
import { formatTable } from '../../scripts/bench/report/formatTable'

describe('formatTable', () => {
  it('puts every section in one table and says whether each goal is met', () => {
    const table = formatTable([
      { title: 'size', rows: [goalRow('child', '1 100 B', '≤ 1 200 B', true), infoRow('penpal', '3 847 B')], notes: [] },
      { title: 'flood', rows: [goalRow('ratio', '3.5×', '≤ 3', false)], notes: [] },
    ])
    expect(table.split('\n')).toEqual([
      '| benchmark | figure | value | goal | status |',
      '|---|---|---|---|---|',
      '| size | child | 1 100 B | ≤ 1 200 B | met |',
      '| size | penpal | 3 847 B |  |  |',
      '| flood | ratio | 3.5× | ≤ 3 | **not met** |',
    ])
  })

  it('escapes pipes so a value cannot break the table', () => {
    expect(formatTable([{ title: 't', rows: [infoRow('a | b', 'c')], notes: [] }])).toContain('| a \\| b |')
  })
})

describe('format', () => {
  it('groups thousands with spaces, as the issue writes numbers', () => {
    expect(grouped(100000)).toBe('100 000')
    expect(bytes(3767)).toBe('3 767 B')
  })
})
