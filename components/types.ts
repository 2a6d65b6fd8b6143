import type { UseTicketEmbedReturn } from '../composables/useTicketEmbed'

/** The customer whose Tickets section is shown. `id` is the CRM contact id (`qontakCustomerId`). */
export interface TicketContact {
  id: string
  name: string
  phone?: string | null
  email?: string | null
}

/** What `TicketEmbedPanel` needs of `useTicketEmbed()`; pass its return value as it is. */
export type TicketEmbedPanelBinding = Pick<
  UseTicketEmbedReturn,
  'state' | 'visible' | 'frameMounted' | 'height' | 'error' | 'src' | 'frameKey' | 'iframe' | 'close' | 'retry'
>
