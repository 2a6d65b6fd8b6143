import { getCurrentScope, onScopeDispose, readonly, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue'
import type { CrmClient, Ticket } from '../api'
import { useTicketEmbedConfig } from './ticketEmbedConfig'

/** Options of `useTicketList`. */
export interface UseTicketListOptions {
  /**
   * The CRM client to fetch with.
   * @default the provided config's client
   */
  crm?: CrmClient
  /**
   * Fetch at once (and again whenever `contactId` changes).
   * @default true
   */
  immediate?: boolean
}

/** A ticket listed from the embed's report before a re-fetch lists it (`showCreated`). */
export interface JustCreatedTicket {
  id: string
  /** The subject the embed sent, if any (plain text). */
  subject?: string
  pipelineId: string | null
}

/** What `useTicketList` returns. */
export interface UseTicketListReturn {
  /** The contact's tickets from the last successful fetch; kept while a refresh runs. */
  tickets: Readonly<Ref<readonly Ticket[]>>
  loading: Readonly<Ref<boolean>>
  /** The last fetch's failure, `null` after a success. */
  error: Readonly<Ref<unknown>>
  /**
   * Fetches again, aborting a fetch still in flight. Resolves when the list is current (or the
   * fetch was superseded or the scope ended); rejects with the failure otherwise, so a caller such
   * as the statechart's refresh can tell the agent.
   */
  refresh: () => Promise<void>
  /** Tickets shown at once from the embed's report, newest first, until a re-fetch started after them returns. */
  justCreated: Readonly<Ref<readonly JustCreatedTicket[]>>
  /**
   * Lists a ticket the embed just reported, before the CRM's list has it. The first successful
   * fetch that starts after this call replaces it with what the CRM lists.
   */
  showCreated: (ticket: { ticketId: string; subject?: string; pipelineId?: string | null }) => void
}

/**
 * The tickets linked to a contact (`GET /v1/leads/{contactId}/tickets`). Only the newest request
 * may write: a refresh aborts the one before it, and the scope's end aborts whatever is in flight.
 */
export function useTicketList(contactId: MaybeRefOrGetter<string>, options: UseTicketListOptions = {}): UseTicketListReturn {
  const crm = options.crm ?? useTicketEmbedConfig().crm
  const tickets = shallowRef<readonly Ticket[]>([])
  const loading = shallowRef(false)
  const error = shallowRef<unknown>(null)
  const justCreated = shallowRef<readonly JustCreatedTicket[]>([])
  // For each just-created row, how many fetches had started when it was listed.
  const fetchesBefore = new Map<string, number>()
  let inFlight: AbortController | null = null
  let disposed = false
  // Numbers each fetch: a just-created row waits for a fetch that started after it.
  let fetches = 0

  async function refresh(): Promise<void> {
    if (disposed) return
    inFlight?.abort()
    const controller = new AbortController()
    inFlight = controller
    fetches += 1
    const fetch = fetches
    loading.value = true
    try {
      const result = await crm.listTickets(toValue(contactId), { signal: controller.signal })
      if (controller.signal.aborted) return
      tickets.value = result
      error.value = null
      // The CRM's list is the truth from here on: rows it confirms are its own now, and a ticket it
      // does not list (not linked) is the pending links' business.
      const confirmed = justCreated.value.filter((row) => (fetchesBefore.get(row.id) ?? 0) < fetch)
      if (confirmed.length > 0) {
        for (const row of confirmed) fetchesBefore.delete(row.id)
        justCreated.value = justCreated.value.filter((row) => !confirmed.includes(row))
      }
    } catch (failure) {
      // Superseded or disposed: the newer request (or nobody) owns the list now.
      if (controller.signal.aborted) return
      error.value = failure
      throw failure
    } finally {
      if (inFlight === controller) {
        inFlight = null
        loading.value = false
      }
    }
  }

  if (options.immediate !== false) {
    watch(
      () => toValue(contactId),
      () => {
        // The component shows the failure; nobody awaits this call.
        refresh().catch(() => undefined)
      },
      { immediate: true },
    )
  }

  if (getCurrentScope()) {
    onScopeDispose(() => {
      disposed = true
      inFlight?.abort()
      inFlight = null
    })
  }

  function showCreated(ticket: { ticketId: string; subject?: string; pipelineId?: string | null }) {
    if (disposed || tickets.value.some((listed) => listed.id === ticket.ticketId)) return
    const row: JustCreatedTicket = { id: ticket.ticketId, pipelineId: ticket.pipelineId ?? null }
    if (ticket.subject !== undefined) row.subject = ticket.subject
    fetchesBefore.set(row.id, fetches)
    justCreated.value = [row, ...justCreated.value.filter((listed) => listed.id !== ticket.ticketId)]
  }

  return {
    tickets: readonly(tickets) as Readonly<Ref<readonly Ticket[]>>,
    loading: readonly(loading),
    error: readonly(error),
    refresh,
    justCreated: readonly(justCreated) as Readonly<Ref<readonly JustCreatedTicket[]>>,
    showCreated,
  }
}
