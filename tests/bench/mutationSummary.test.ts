import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatMutants, formatScoreTable } from '../../scripts/mutation/formatSummary'
import { readGroupScore } from '../../scripts/mutation/mutationReport'

const mutant = (status: string, line: number, extra: Record<string, unknown> = {}) => ({
  id: String(line),
  mutatorName: 'ConditionalExpression',
  replacement: 'true',
  status,
  location: { start: { line, column: 1 }, end: { line, column: 5 } },
  ...extra,
})

describe('mutation summary (npm run test:mutation)', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mutation-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('scores killed and timed out over all but equivalents and skipped static mutants, and gives the floor without timeouts', () => {
    const report = {
      files: {
        'protocol/fields.ts': {
          mutants: [
            ...Array.from({ length: 16 }, (_, i) => mutant('Killed', i + 1)),
            mutant('Timeout', 20),
            mutant('Timeout', 21),
            mutant('Survived', 30),
            mutant('NoCoverage', 31),
            mutant('Ignored', 40, { statusReason: 'never null: narrows the type' }),
            mutant('Ignored', 41, { statusReason: 'Static mutant (and "ignoreStatic" was enabled)' }),
          ],
        },
      },
    }
    writeFileSync(join(dir, 'mutation.json'), JSON.stringify(report))
    writeFileSync(join(dir, 'wall-time.json'), JSON.stringify({ seconds: 600 }))
    const score = readGroupScore('protocol', dir)!
    expect(score).toMatchObject({ killed: 16, timedOut: 2, survived: 1, noCoverage: 1, staticSkipped: 1, score: 90, floor: 80, wallSeconds: 600 })
    expect(score.ignored).toEqual([
      { where: 'protocol/fields.ts:40', mutator: 'ConditionalExpression', replacement: 'true', reason: 'never null: narrows the type' },
    ])
    expect(score.survivors.map((line) => line.where)).toEqual(['protocol/fields.ts:30', 'protocol/fields.ts:31'])
    expect(formatScoreTable([score]).split('\n')[2]).toBe('| protocol | 90.0 % | 80.0 % | 16 | 2 | 1 | 1 | 1 | 1 | 10.0 min |')
    expect(formatMutants('Equivalent', score.ignored)).toContain('| protocol/fields.ts:40 | ConditionalExpression | `true` | never null: narrows the type |')
  })

  it('has no score for a group that has not run', () => {
    expect(readGroupScore('protocol', dir)).toBeNull()
    expect(formatMutants('Survivors', [])).toBe('Survivors: none.')
  })
})
