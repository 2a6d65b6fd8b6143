import type { Pipeline, TicketPriority } from '../../api'

/** A CRM contact ("lead") the host page shows. */
export interface Contact {
  id: string
  name: string
}

/** A ticket as the store keeps it: the API's `Ticket` without the derived `pipelineName`, plus the description. */
export interface StoredTicket {
  id: string
  subject: string
  description: string
  status: string
  priority: TicketPriority
  pipelineId: string | null
  createdAt: string
}

/** Everything a fresh store starts from. */
export interface CrmSeed {
  contacts: readonly Contact[]
  pipelines: readonly Pipeline[]
  tickets: readonly StoredTicket[]
  /** `[contactId, ticketId]` pairs. */
  links: readonly (readonly [string, string])[]
}

function ticket(
  id: string,
  subject: string,
  priority: TicketPriority,
  pipelineId: string | null,
  status: string,
  createdAt: string,
): StoredTicket {
  return { id, subject, description: '', status, priority, pipelineId, createdAt }
}

/**
 * The demo's data: Rina has three tickets, Budi one, Sari, Agus, Maya and Hendra none (the empty
 * state; the browser path run plays one path per contact at a time, so more contacts let more paths
 * run at once), and five tickets belong to nobody yet so "Associate existing" has something to find.
 */
export const DEMO_SEED: CrmSeed = {
  contacts: [
    { id: 'cus-1001', name: 'Rina Wijaya' },
    { id: 'cus-1002', name: 'Budi Santoso' },
    { id: 'cus-1003', name: 'Sari Dewi' },
    { id: 'cus-1004', name: 'Agus Pratama' },
    { id: 'cus-1005', name: 'Maya Lestari' },
    { id: 'cus-1006', name: 'Hendra Wijaya' },
  ],
  pipelines: [
    { id: 'pl-support', name: 'Support' },
    { id: 'pl-billing', name: 'Billing' },
    { id: 'pl-onboarding', name: 'Onboarding' },
  ],
  tickets: [
    ticket('tk-3001', 'Refund not received for order #88231', 'high', 'pl-billing', 'open', '2024-05-02T09:15:00.000Z'),
    ticket('tk-3002', 'Cannot log in to the mobile app', 'urgent', 'pl-support', 'in_progress', '2024-05-06T13:40:00.000Z'),
    ticket('tk-3003', 'Copy of the March invoice', 'low', 'pl-billing', 'closed', '2024-04-11T07:05:00.000Z'),
    ticket('tk-3004', 'Schedule the onboarding call', 'medium', 'pl-onboarding', 'open', '2024-05-03T10:00:00.000Z'),
    ticket('tk-3005', 'Payment charged twice', 'high', 'pl-billing', 'open', '2024-05-07T08:30:00.000Z'),
    ticket('tk-3006', 'App crashes at checkout', 'urgent', 'pl-support', 'open', '2024-05-07T11:20:00.000Z'),
    ticket('tk-3007', 'Change the registered email address', 'low', 'pl-support', 'waiting', '2024-05-01T16:45:00.000Z'),
    ticket('tk-3008', 'Training session for new admins', 'medium', 'pl-onboarding', 'open', '2024-04-29T14:00:00.000Z'),
    ticket('tk-3009', 'Question about pricing tiers', 'low', null, 'open', '2024-05-05T09:00:00.000Z'),
  ],
  links: [
    ['cus-1001', 'tk-3001'],
    ['cus-1001', 'tk-3002'],
    ['cus-1001', 'tk-3003'],
    ['cus-1002', 'tk-3004'],
  ],
}
