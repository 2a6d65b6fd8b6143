import type { EmbedInitMessage } from './messages'
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

const OPTIONAL_KEYS = ['contactName', 'contactPhone', 'contactEmail', 'contactAccountUniqId', 'channelType', 'locale'] as const

/**
 * Builds `EMBED_INIT` for `customer`. Unlike the breakdown's version it carries `type`, or the embed
 * could not tell it from any other message; empty optional fields are left out.
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
    if (typeof value === 'string' && value !== '') message[key] = value
  }
  return message
}
