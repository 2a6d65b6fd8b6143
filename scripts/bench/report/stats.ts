/** Median and 95th percentile of a sample, by nearest rank. */
export interface Summary {
  median: number
  p95: number
  n: number
}

/** The value at quantile `q` (0–1) by nearest rank: a value that was measured, never an interpolation. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil(q * sorted.length))
  return sorted[rank - 1]!
}

export function summarize(values: readonly number[]): Summary {
  return { median: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length }
}
