import type { EmbedInitMessage } from './messages'
import { LOCALE_PATTERN, TEXT_MAX_LENGTH } from './fields'
import { PROTOCOL_VERSION } from './version'

/** The customer a ticket is created for, as the host page knows it. */
export interface EmbedCustomer {
  qontakCustomerId: string | number
  contactName?: string | null
  contactPhone?: string | null
  contactEmail?: string | null
  contactAccountUniqId?: string | null
  channelType?: string | null
  locale?: string | null
}

// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL_CHARACTERS = /[\0-\x1F\x7F]/g

const OPTIONAL_KEYS = ['contactName', 'contactPhone', 'contactEmail', 'contactAccountUniqId', 'channelType', 'locale'] as const

/**
 * Builds `EMBED_INIT` for `customer`. Unlike the breakdown's version it carries `type`, or the embed
 * could not tell it from any other message. Empty optional fields are left out, and text is cut to the
 * contract's bounds (control characters removed, 256 chars) so that an odd CRM record never makes
 * the embed refuse the whole message.
 */
export function buildEmbedInit(customer: EmbedCustomer): EmbedInitMessage {
  const message: EmbedInitMessage = {
    type: 'EMBED_INIT',
    version: PROTOCOL_VERSION,
    roomId: null,
    qontakCustomerId: String(customer.qontakCustomerId),
  }
  for (const key of OPTIONAL_KEYS) {
    const value = customer[key]
    const text = typeof value === 'string' ? value.replace(CONTROL_CHARACTERS, ' ').trim().slice(0, TEXT_MAX_LENGTH) : ''
    if (text !== '' && (key !== 'locale' || LOCALE_PATTERN.test(text))) message[key] = text
  }
  return message
}
