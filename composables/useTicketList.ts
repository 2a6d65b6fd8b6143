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
  let inFlight: AbortController | null = null
  let disposed = false

  async function refresh(): Promise<void> {
    if (disposed) return
    inFlight?.abort()
    const controller = new AbortController()
    inFlight = controller
    loading.value = true
    try {
      const result = await crm.listTickets(toValue(contactId), { signal: controller.signal })
      if (controller.signal.aborted) return
      tickets.value = result
      error.value = null
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

  return {
    tickets: readonly(tickets) as Readonly<Ref<readonly Ticket[]>>,
    loading: readonly(loading),
    error: readonly(error),
    refresh,
  }
}
