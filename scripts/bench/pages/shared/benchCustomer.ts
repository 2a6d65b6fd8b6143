import type { EmbedCustomer } from '../../../../protocol/buildEmbedInit'

/** The customer every handshake sends: a full record, so EMBED_INIT has its real size. */
export const BENCH_CUSTOMER: EmbedCustomer = {
  qontakCustomerId: 'CUST-1042',
  contactName: 'Rina Wijaya',
  contactPhone: '+62 812 0000 1042',
  contactEmail: 'rina.wijaya@example.com',
  contactAccountUniqId: 'ACC-88120',
  channelType: 'whatsapp',
  locale: 'id',
}
