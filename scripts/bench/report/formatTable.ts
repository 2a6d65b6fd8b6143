import type { BenchSection } from './benchSection'

const escape = (text: string) => text.replace(/\|/g, '\\|')

const status = (met: boolean | null) => (met === null ? '' : met ? 'met' : '**not met**')

/** Every section's rows in one Markdown table, the section named in the first column. */
export function formatTable(sections: readonly BenchSection[]): string {
  const lines = ['| benchmark | figure | value | goal | status |', '|---|---|---|---|---|']
  for (const section of sections) {
    for (const row of section.rows) {
      lines.push(`| ${escape(section.title)} | ${escape(row.figure)} | ${escape(row.value)} | ${escape(row.goal)} | ${status(row.met)} |`)
    }
  }
  return lines.join('\n')
}
