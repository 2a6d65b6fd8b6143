import { consumerRows } from '../consumer/consumerSection'
import { measureConsumerApp } from '../consumer/measureConsumerApp'
import type { BenchSection } from '../report/benchSection'
import { measureSize } from './measureSize'
import { sizeSection } from './sizeSection'

/**
 * The size benchmark: the package's parts bundled on their own (peers external), then the consumer
 * app's pages built from the packed tarball (peers included, against baseline pages).
 */
export async function runSize(): Promise<BenchSection> {
  const section = sizeSection(await measureSize())
  const consumer = consumerRows(await measureConsumerApp())
  return { ...section, rows: [...section.rows, ...consumer.rows], notes: [...section.notes, ...consumer.notes] }
}
