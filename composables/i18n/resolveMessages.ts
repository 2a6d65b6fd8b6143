import { en } from './en'
import { id } from './id'
import type { TicketEmbedLocale, TicketEmbedMessages } from './types'

/** The shipped strings by locale. */
export const TICKET_EMBED_MESSAGES: Readonly<Record<TicketEmbedLocale, TicketEmbedMessages>> = { en, id }

/**
 * The strings for `locale` with `overrides` on top. An unknown locale falls back to English, and an
 * override that is not a string is ignored, so a typo in the host's config never blanks the UI.
 */
export function resolveMessages(locale: unknown, overrides?: Partial<TicketEmbedMessages>): TicketEmbedMessages {
  const base = locale === 'id' ? id : en
  const resolved = { ...base }
  for (const key of Object.keys(base) as (keyof TicketEmbedMessages)[]) {
    const value = overrides?.[key]
    if (typeof value === 'string') resolved[key] = value
  }
  return resolved
}

/**
 * Fills `{name}` placeholders. Values are inserted as plain text; the caller renders the result
 * with text interpolation, never as HTML.
 */
export function formatMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  )
}
