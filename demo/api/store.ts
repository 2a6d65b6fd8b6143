import type { Pipeline, Ticket, TicketPriority } from '../../api'
import { DEMO_SEED, type Contact, type CrmSeed, type StoredTicket } from './seed'

/** Most tickets one search returns; the associate panel shows a short list, not a report. */
export const SEARCH_LIMIT = 20

/** Data of a new ticket, already validated. */
export interface NewTicket {
  subject: string
  description: string
  priority: TicketPriority
  pipelineId: string | null
  contactId: string
}

/** What {@link CrmStore.associate} did. */
export type AssociateOutcome = 'linked' | 'already-linked' | 'unknown-contact' | 'unknown-ticket'

/** Options of {@link CrmStore}. */
export interface CrmStoreOptions {
  /** @default DEMO_SEED */
  seed?: CrmSeed
  /** Clock for `createdAt` of new tickets. @default () => new Date() */
  now?: () => Date
}

/**
 * The stand-in CRM's data, in memory and without I/O, so the HTTP layer stays thin and this part
 * is tested directly. Every read returns fresh objects: callers cannot change the store by
 * mutating a result.
 */
export class CrmStore {
  readonly #seed: CrmSeed
  readonly #now: () => Date
  #contacts = new Map<string, Contact>()
  #pipelines = new Map<string, Pipeline>()
  #tickets = new Map<string, StoredTicket>()
  #links = new Map<string, Set<string>>()
  #nextNumber = 1

  constructor({ seed = DEMO_SEED, now = () => new Date() }: CrmStoreOptions = {}) {
    this.#seed = seed
    this.#now = now
    this.reset()
  }

  /** Forgets every change and starts again from the seed. */
  reset(): void {
    this.#contacts = new Map(this.#seed.contacts.map((c) => [c.id, { ...c }]))
    this.#pipelines = new Map(this.#seed.pipelines.map((p) => [p.id, { ...p }]))
    this.#tickets = new Map(this.#seed.tickets.map((t) => [t.id, { ...t }]))
    this.#links = new Map(this.#seed.contacts.map((c) => [c.id, new Set<string>()]))
    for (const [contactId, ticketId] of this.#seed.links) this.#links.get(contactId)?.add(ticketId)
    // New ids continue after the highest seeded number, so they never collide with seed ids.
    const numbers = this.#seed.tickets.map((t) => Number(/(\d+)$/.exec(t.id)?.[1] ?? 0))
    this.#nextNumber = Math.max(3000, ...numbers) + 1
  }

  hasContact(contactId: string): boolean {
    return this.#contacts.has(contactId)
  }

  hasPipeline(pipelineId: string): boolean {
    return this.#pipelines.has(pipelineId)
  }

  listPipelines(): Pipeline[] {
    return [...this.#pipelines.values()].map((p) => ({ ...p }))
  }

  /** The contact's tickets, newest first; `undefined` for an unknown contact. */
  listContactTickets(contactId: string): Ticket[] | undefined {
    const ids = this.#links.get(contactId)
    if (!ids) return undefined
    return this.#present([...ids].map((id) => this.#tickets.get(id)))
  }

  /**
   * Tickets whose subject or id contains `query` (case-insensitive; empty matches all), newest
   * first, at most {@link SEARCH_LIMIT}. With `contactId`, tickets already linked to that contact
   * are left out: the associate panel must not offer what is already there.
   */
  searchTickets(query: string, contactId?: string): Ticket[] {
    const needle = query.trim().toLowerCase()
    const linked = contactId === undefined ? undefined : this.#links.get(contactId)
    const found = [...this.#tickets.values()].filter(
      (t) => !linked?.has(t.id) && (t.subject.toLowerCase().includes(needle) || t.id.toLowerCase().includes(needle)),
    )
    return this.#present(found).slice(0, SEARCH_LIMIT)
  }

  /**
   * Creates a ticket; with `autoAssociate` the CRM links it to the contact itself (open question
   * OQ-6 decides which the real CRM does). The caller has checked contact and pipeline exist.
   */
  createTicket(input: NewTicket, autoAssociate: boolean): { ticket: Ticket; isAutoAssociated: boolean } {
    const stored: StoredTicket = {
      id: `tk-${this.#nextNumber++}`,
      subject: input.subject,
      description: input.description,
      status: 'open',
      priority: input.priority,
      pipelineId: input.pipelineId,
      createdAt: this.#now().toISOString(),
    }
    this.#tickets.set(stored.id, stored)
    const links = autoAssociate ? this.#links.get(input.contactId) : undefined
    links?.add(stored.id)
    return { ticket: this.#toTicket(stored), isAutoAssociated: links !== undefined }
  }

  /** Links a ticket to a contact. */
  associate(contactId: string, ticketId: string): AssociateOutcome {
    const links = this.#links.get(contactId)
    if (!links) return 'unknown-contact'
    if (!this.#tickets.has(ticketId)) return 'unknown-ticket'
    if (links.has(ticketId)) return 'already-linked'
    links.add(ticketId)
    return 'linked'
  }

  #present(tickets: readonly (StoredTicket | undefined)[]): Ticket[] {
    return tickets
      .filter((t): t is StoredTicket => t !== undefined)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .map((t) => this.#toTicket(t))
  }

  #toTicket(stored: StoredTicket): Ticket {
    const { description: _description, ...rest } = stored
    const ticket: Ticket = { ...rest }
    const pipeline = stored.pipelineId === null ? undefined : this.#pipelines.get(stored.pipelineId)
    if (pipeline) ticket.pipelineName = pipeline.name
    return ticket
  }
}
