import { bundleSize, PEERS, type BundleSize } from './bundleSize'
import { COMPARISON_ENTRIES, OUR_ENTRIES, PART_ENTRIES, type SizeEntry } from './sizeEntries'

export type SizeResults = Record<string, BundleSize>

/** Bundles every entry one after the other (Vite builds are not meant to run in parallel). */
export async function measureSize(entries: SizeEntry[] = [...OUR_ENTRIES, ...PART_ENTRIES, ...COMPARISON_ENTRIES]): Promise<SizeResults> {
  const results: SizeResults = {}
  for (const entry of entries) results[entry.id] = await bundleSize(entry.code, entry.peersExternal ? PEERS : [])
  return results
}
