/**
 * Field readers shared by every schema. Each returns the normalised value, or `undefined` when the
 * value breaks the contract; the schema turns `undefined` into `bad-field:<name>`.
 */

/** 1–64 chars of `[A-Za-z0-9_.:-]`, first a letter or digit, and never `..`: ids go into URL paths. */
const ID_PATTERN = /^(?!.*\.\.)[A-Za-z0-9][\w.:-]{0,63}$/
/** `<` followed by a tag, a closing tag, a comment or a processing instruction. */
const MARKUP_PATTERN = /<[A-Za-z/!?]/
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL_PATTERN = /[\0-\b\v\f\x0E-\x1F\x7F]/

/** BCP 47-ish: `id`, `en-US`, `zh-Hant-TW`. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$/

export const ID_MAX_LENGTH = 64
export const ERROR_CODE_MAX_LENGTH = 64
export const ERROR_MESSAGE_MAX_LENGTH = 500
export const TEXT_MAX_LENGTH = 256

/** Ids arrive as strings or non-negative safe integers; both leave as strings. */
export function readId(value: unknown): string | undefined {
  // Stryker disable next-line ConditionalExpression: a negative integer's string starts with `-`, which `ID_PATTERN` refuses anyway; `>= 0` states the rule
  const text = Number.isSafeInteger(value) && (value as number) >= 0 ? String(value) : value
  return typeof text === 'string' && ID_PATTERN.test(text) ? text : undefined
}

/** True when `value` could be used as a ticket, pipeline or customer id in a URL path. */
export function isValidId(value: unknown): boolean {
  return readId(value) !== undefined
}

/**
 * A code such as `AUTH_REQUIRED`: the id alphabet, at most 64 chars (`ERROR_CODE_MAX_LENGTH`, which
 * `ID_PATTERN` already bounds), and only ever a string.
 */
export function readCode(value: unknown): string | undefined {
  return typeof value === 'string' ? readId(value) : undefined
}

/** Free text: bounded and without control characters. Shown as text, never as HTML. */
export function readPlainText(value: unknown, maxLength = TEXT_MAX_LENGTH): string | undefined {
  return typeof value === 'string' && value.length <= maxLength && !CONTROL_PATTERN.test(value) ? value : undefined
}

/**
 * Free text the embed sends for the agent to read (`errorMessage`, `reason`): as `readPlainText`, and
 * no markup either. It is rendered as text anyway; refusing markup also keeps it out of logs.
 */
export function readText(value: unknown, maxLength = TEXT_MAX_LENGTH): string | undefined {
  const text = readPlainText(value, maxLength)
  // Stryker disable next-line ConditionalExpression: with `text` undefined the markup test reads "undefined", finds none, and returns `text`, undefined all the same
  return text !== undefined && !MARKUP_PATTERN.test(text) ? text : undefined
}

/** A height in CSS pixels: finite and not negative. Clamping to the panel's bounds is the host's job. */
export function readHeight(value: unknown): number | undefined {
  // Stryker disable next-line ConditionalExpression: `Number.isFinite` is false for every non-number; the `typeof` test only narrows the type
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined
}
