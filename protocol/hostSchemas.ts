import type { HostToEmbedMessage } from './messages'
import { LOCALE_PATTERN, readId, readPlainText } from './fields'
import { ABSENT, type Schema } from './schema'

/**
 * Optional contact fields; `null` (a contact without a phone, say) reads as absent. Markup is not
 * refused here: `Budi <budi@example.com>` is a real contact name, and the embed shows it as text.
 */
const readContactText = (value: unknown) => (value === null ? ABSENT : readPlainText(value))
const readLocale = (value: unknown) =>
  value === null ? ABSENT : typeof value === 'string' && LOCALE_PATTERN.test(value) ? value : undefined

/** One schema per host → embed message type (DESIGN §2). */
export const hostSchemas: Readonly<Record<HostToEmbedMessage['type'], Schema>> = {
  EMBED_INIT: {
    roomId: [(value) => (value === null ? null : undefined), true],
    qontakCustomerId: [readId, true],
    contactName: [readContactText],
    contactPhone: [readContactText],
    contactEmail: [readContactText],
    contactAccountUniqId: [readContactText],
    channelType: [readContactText],
    locale: [readLocale],
  },
}
