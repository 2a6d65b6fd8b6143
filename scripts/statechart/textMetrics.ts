/**
 * Text sizes without a browser. Labels use a monospace font, whose advance is 0.6 em in every
 * common monospace face, so their boxes fit exactly; state names use a sans-serif face, estimated
 * per character from Helvetica/Arial widths (erring wide, so text never spills out of its box).
 */

/** Font of state names. */
export const SANS_FONT = "'Helvetica Neue', Helvetica, Arial, sans-serif"
/** Font of labels and state details: its fixed advance makes label boxes fit exactly. */
export const MONO_FONT = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace"

/** Width of one monospace character in em. */
const MONO_ADVANCE_EM = 0.6

/** Approximate sans-serif advance widths in em, per character class. */
function sansAdvanceEm(char: string): number {
  if (/[ijl|!.,:;'`]/.test(char)) return 0.28
  if (/[ frtI()[\]{}\-/]/.test(char)) return 0.36
  if (/[mwMW@]/.test(char)) return 0.86
  if (/[A-Z]/.test(char)) return 0.7
  return 0.58
}

/** Width in px of `text` set in the monospace font at `fontSize`. */
export function monoWidth(text: string, fontSize: number): number {
  return text.length * MONO_ADVANCE_EM * fontSize
}

/** Estimated width in px of `text` set in the sans-serif font at `fontSize` (bold adds ~6 %). */
export function sansWidth(text: string, fontSize: number, bold = false): number {
  const em = [...text].reduce((sum, char) => sum + sansAdvanceEm(char), 0)
  return em * fontSize * (bold ? 1.06 : 1)
}

/**
 * Breaks `items` (already split where a break reads well) into lines of at most `maxChars`,
 * joined by `separator`; a continuation line starts with `indent`.
 */
export function wrapItems(items: readonly string[], maxChars: number, separator = ', ', indent = '  '): string[] {
  const lines: string[] = []
  let line = ''
  items.forEach((item, index) => {
    const piece = index < items.length - 1 ? `${item}${separator.trimEnd()}` : item
    const candidate = line === '' ? piece : `${line} ${piece}`
    if (line !== '' && candidate.length > maxChars) {
      lines.push(line)
      line = `${indent}${piece}`
    } else {
      line = candidate
    }
  })
  if (line !== '') lines.push(line)
  return lines
}
