/** One way of loading the host page: a name for the table and what its URL sets. */
export interface Strategy {
  name: string
  /** Query parameters of the host page (none: the library's defaults). */
  params: Readonly<Record<string, string>>
}

const ALL_OFF = { preconnect: 'off', preload: 'none', keepFrame: 'off', optimisticList: 'off' } as const

/**
 * The strategies the bench compares, each switched on alone over the plain baseline (preload with
 * preconnect, as it would be used), and the defaults the library ships.
 */
export const STRATEGIES: readonly Strategy[] = [
  { name: 'baseline', params: ALL_OFF },
  { name: 'preconnect', params: { ...ALL_OFF, preconnect: 'on' } },
  { name: 'preload (+preconnect)', params: { ...ALL_OFF, preconnect: 'on', preload: 'intent' } },
  { name: 'keepFrame', params: { ...ALL_OFF, keepFrame: 'on' } },
  { name: 'optimisticList', params: { ...ALL_OFF, optimisticList: 'on' } },
  { name: 'defaults', params: {} },
]

export const BASELINE = STRATEGIES[0]!.name

/** `STRATEGIES` in round-robin order for run `round`: each starts a round in turn, so none is always first. */
export function roundOrder<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length
  return [...items.slice(shift), ...items.slice(0, shift)]
}
