import { quantile, summarize } from '../../scripts/bench/report/stats'

describe('quantile', () => {
  it('returns a value that was measured (nearest rank), never an interpolation', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2)
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3)
  })

  it('takes the 95th percentile by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(quantile(values, 0.95)).toBe(95)
    expect(quantile([1, 2, 3], 0.95)).toBe(3)
  })

  it('is NaN for no values, so an empty run cannot pass for a fast one', () => {
    expect(quantile([], 0.5)).toBeNaN()
  })

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2]
    quantile(values, 0.5)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('summarize', () => {
  it('gives the median, the p95 and the count', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ median: 3, p95: 5, n: 5 })
  })
})
