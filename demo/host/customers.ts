import type { TicketContact } from '../../components/types'

/** What the Customer 360 page shows about a contact, beside its tickets. */
export interface DemoCustomer extends TicketContact {
  company: string
  city: string
  channel: string
  customerSince: string
  tags: string[]
}

/** The contacts seeded in the stand-in CRM (same ids), with the profile the CDP would hold. */
export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    id: 'cus-1001',
    name: 'Rina Wijaya',
    phone: '+62 812-3456-7890',
    email: 'rina.wijaya@example.co.id',
    company: 'Toko Sinar Jaya',
    city: 'Jakarta',
    channel: 'WhatsApp',
    customerSince: 'March 2022',
    tags: ['VIP', 'Retail'],
  },
  {
    id: 'cus-1002',
    name: 'Budi Santoso',
    phone: '+62 813-2222-4545',
    email: 'budi.santoso@example.co.id',
    company: 'Santoso Logistics',
    city: 'Surabaya',
    channel: 'Email',
    customerSince: 'January 2023',
    tags: ['Onboarding'],
  },
  {
    id: 'cus-1003',
    name: 'Sari Dewi',
    phone: '+62 811-9090-1212',
    email: 'sari.dewi@example.co.id',
    company: 'Dewi Craft',
    city: 'Bandung',
    channel: 'Instagram',
    customerSince: 'May 2024',
    tags: ['New'],
  },
  {
    id: 'cus-1004',
    name: 'Agus Pratama',
    phone: '+62 815-7788-3030',
    email: 'agus.pratama@example.co.id',
    company: 'Pratama Motor',
    city: 'Medan',
    channel: 'Phone',
    customerSince: 'August 2021',
    tags: ['Retail'],
  },
  {
    id: 'cus-1005',
    name: 'Maya Lestari',
    phone: '+62 817-4545-6060',
    email: 'maya.lestari@example.co.id',
    company: 'Lestari Catering',
    city: 'Yogyakarta',
    channel: 'WhatsApp',
    customerSince: 'October 2023',
    tags: ['Food'],
  },
  {
    id: 'cus-1006',
    name: 'Hendra Wijaya',
    phone: '+62 819-1212-8080',
    email: 'hendra.wijaya@example.co.id',
    company: 'Wijaya Elektronik',
    city: 'Semarang',
    channel: 'Email',
    customerSince: 'February 2020',
    tags: ['Wholesale'],
  },
]

/** The customer with `id`, or the first one. */
export function findCustomer(id: string | null | undefined): DemoCustomer {
  return DEMO_CUSTOMERS.find((customer) => customer.id === id) ?? DEMO_CUSTOMERS[0]!
}
