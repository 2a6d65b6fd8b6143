import type { BenchSection } from '../report/benchSection'
import { measureSize } from './measureSize'
import { sizeSection } from './sizeSection'

/** The size benchmark: bundles everything and reports it. */
export async function runSize(): Promise<BenchSection> {
  return sizeSection(await measureSize())
}
