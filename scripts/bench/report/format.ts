/** `100000` → `100 000`: grouped by thousands with spaces, as the issue writes numbers. */
export const grouped = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ')

export const bytes = (n: number) => `${grouped(n)} B`

export const ms = (n: number, digits = 3) => `${n.toFixed(digits)} ms`

export const us = (n: number, digits = 2) => `${n.toFixed(digits)} µs`

export const ratio = (n: number, digits = 2) => `${n.toFixed(digits)}×`

export const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`

export const yesNo = (value: boolean) => (value ? 'yes' : 'no')
