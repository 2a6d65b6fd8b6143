import type { EmbedInitMessage } from './messages'
import { LOCALE_PATTERN, readId, readPlainText } from './fields'
import { field } from './record'
import { ABSENT, copyOptionals, type Schema } from './schema'
import { PROTOCOL_VERSION } from './version'

/**
 * Optional contact fields; `null` (a contact without a phone, say) reads as absent. Markup is not
 * refused here: `Budi <budi@example.com>` is a real contact name, and the embed shows it as text.
 */
const readOptionalText = (value: unknown) => (value === null ? ABSENT : readPlainText(value))
const readLocale = (value: unknown) =>
  value === null
    ? ABSENT
    : typeof value === 'string' && LOCALE_PATTERN.test(value) ? value : undefined

export const embedInitSchema: Schema<EmbedInitMessage> = (record) => {
  if (field(record, 'roomId') !== null) return 'bad-field:roomId'
  const qontakCustomerId = readId(field(record, 'qontakCustomerId'))
  if (qontakCustomerId === undefined) return 'bad-field:qontakCustomerId'
  const message: EmbedInitMessage = { type: 'EMBED_INIT', version: PROTOCOL_VERSION, roomId: null, qontakCustomerId }
  return (
    copyOptionals(message, record, {
      contactName: readOptionalText,
      contactPhone: readOptionalText,
      contactEmail: readOptionalText,
      contactAccountUniqId: readOptionalText,
      channelType: readOptionalText,
      locale: readLocale,
    }) ?? message
  )
}

/** One schema per host → embed message type. */
export const hostSchemas: { EMBED_INIT: Schema<EmbedInitMessage> } = { EMBED_INIT: embedInitSchema }
