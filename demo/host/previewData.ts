/** Longest preview of a message in the log; the rest is cut with "…". */
const PREVIEW_MAX = 240

/**
 * A one-line, plain-text preview of whatever a frame posted. Never throws: a structured clone can
 * hold cycles, BigInts or Maps that `JSON.stringify` refuses. Shown with text interpolation only.
 */
export function previewData(data: unknown): string {
  let text: string
  try {
    text =
      typeof data === 'string'
        ? JSON.stringify(data)
        : (JSON.stringify(data, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)) ?? String(data))
  } catch {
    text = Object.prototype.toString.call(data)
  }
  return text.length > PREVIEW_MAX ? `${text.slice(0, PREVIEW_MAX)}…` : text
}
