/**
 * Field readers shared by every schema. Each returns the normalised value, or `undefined` when the
 * value breaks the contract; the schema turns `undefined` into `bad-field:<name>`.
 */

/** 1–64 chars of `[A-Za-z0-9_.:-]`, first a letter or digit, and never `..`: ids go into URL paths. */
const ID_PATTERN = /^(?!.*\.\.)[A-Za-z0-9][\w.:-]{0,63}$/
/** `<` followed by a tag, a closing tag, a comment or a processing instruction. */
const MARKUP_PATTERN = /<[A-Za-z/!?]/
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL_PATTERN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

export const ID_MAX_LENGTH = 64
export const ERROR_CODE_MAX_LENGTH = 64
export const ERROR_MESSAGE_MAX_LENGTH = 500
export const TEXT_MAX_LENGTH = 256

/** Ids arrive as strings or non-negative safe integers; both leave as strings. */
export function readId(value: unknown): string | undefined {
  const text = Number.isSafeInteger(value) && (value as number) >= 0 ? String(value) : value
  return typeof text === 'string' && ID_PATTERN.test(text) ? text : undefined
}

/** True when `value` could be used as a ticket, pipeline or customer id in a URL path. */
export function isValidId(value: unknown): boolean {
  return readId(value) !== undefined
}

/** A code such as `AUTH_REQUIRED`: the id alphabet, at most 64 chars. */
export function readCode(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= ERROR_CODE_MAX_LENGTH && ID_PATTERN.test(value) ? value : undefined
}

/**
 * Free text from the other side: bounded, no control characters, no markup. It is rendered as text
 * anyway; refusing markup here also keeps it out of logs and analytics.
 */
export function readText(value: unknown, maxLength = TEXT_MAX_LENGTH): string | undefined {
  return typeof value === 'string' &&
    value.length <= maxLength &&
    !MARKUP_PATTERN.test(value) &&
    !CONTROL_PATTERN.test(value)
    ? value
    : undefined
}

/** A height in CSS pixels: finite and not negative. Clamping to the panel's bounds is the host's job. */
export function readHeight(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined
}
