/** One figure of the table. `met` is `null` for a figure without a goal. */
export interface BenchRow {
  figure: string
  value: string
  goal: string
  met: boolean | null
}

/** What one benchmark reports: its rows, and notes that explain them with measured figures. */
export interface BenchSection {
  title: string
  rows: BenchRow[]
  notes: string[]
}

/** A row with a goal. */
export const goalRow = (figure: string, value: string, goal: string, met: boolean): BenchRow => ({ figure, value, goal, met })

/** A row that only informs. */
export const infoRow = (figure: string, value: string): BenchRow => ({ figure, value, goal: '', met: null })
