import type { BenchSection } from './benchSection'

/** The table lines and notes of earlier runs, by section title, in the order of the document. */
export interface KeptSections {
  titles: string[]
  rows: Map<string, string[]>
  notes: Map<string, string[]>
}

const unescape = (text: string) => text.replace(/\\\|/g, '|')

/**
 * Reads what an earlier `docs/benchmarks.md` holds for sections not measured now, so that one
 * benchmark run alone (`npm run bench:size`) replaces its own rows and keeps the others'.
 */
export function keptSections(previous: string, measured: readonly BenchSection[]): KeptSections {
  const now = new Set(measured.map((section) => section.title))
  const kept: KeptSections = { titles: [], rows: new Map(), notes: new Map() }
  for (const line of previous.split('\n')) {
    const row = /^\| ((?:[^|\\]|\\\|)+?) \| /.exec(line)
    if (row && !line.startsWith('| benchmark |') && !line.startsWith('|---')) {
      const title = unescape(row[1]!)
      if (now.has(title)) continue
      if (!kept.rows.has(title)) kept.titles.push(title)
      kept.rows.set(title, [...(kept.rows.get(title) ?? []), line])
    }
    const note = /^- \*\*(.+?)\*\*: /.exec(line)
    if (note && !now.has(note[1]!)) kept.notes.set(note[1]!, [...(kept.notes.get(note[1]!) ?? []), line])
  }
  return kept
}
