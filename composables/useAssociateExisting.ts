import { getCurrentScope, onScopeDispose, readonly, shallowRef, toValue, type MaybeRefOrGetter, type Ref } from 'vue'
import type { CrmClient, Ticket } from '../api'
import { useTicketEmbedConfig } from './ticketEmbedConfig'

/** Options of `useAssociateExisting`. */
export interface UseAssociateExistingOptions {
  /**
   * The CRM client to search and link with.
   * @default the provided config's client
   */
  crm?: CrmClient
}

/** What `useAssociateExisting` returns. */
export interface UseAssociateExistingReturn {
  /** The search text (bind with `v-model`). */
  query: Ref<string>
  results: Readonly<Ref<readonly Ticket[]>>
  searching: Readonly<Ref<boolean>>
  /** A search has finished at least once (to tell "no matches" from "not searched yet"). */
  searched: Readonly<Ref<boolean>>
  searchError: Readonly<Ref<unknown>>
  /** Ids being linked right now. */
  linking: Readonly<Ref<ReadonlySet<string>>>
  /** Searches the CRM's tickets for `query`, aborting a search still in flight. */
  search: () => Promise<void>
  /**
   * Links a ticket to the contact (`POST /v1/leads/{contactId}/tickets/{ticketId}`). Resolves
   * `true` when linked, or linked already (409); `false` when it failed.
   */
  link: (ticketId: string) => Promise<boolean>
}

/**
 * The "Associate existing" flow: find a ticket the CRM already has and link it to this contact.
 * Every request it starts is aborted when its scope ends.
 */
export function useAssociateExisting(
  contactId: MaybeRefOrGetter<string>,
  options: UseAssociateExistingOptions = {},
): UseAssociateExistingReturn {
  const crm = options.crm ?? useTicketEmbedConfig().crm
  const query = shallowRef('')
  const results = shallowRef<readonly Ticket[]>([])
  const searching = shallowRef(false)
  const searched = shallowRef(false)
  const searchError = shallowRef<unknown>(null)
  const linking = shallowRef<ReadonlySet<string>>(new Set())
  const controllers = new Set<AbortController>()
  let searchInFlight: AbortController | null = null

  function track() {
    const controller = new AbortController()
    controllers.add(controller)
    return { controller, done: () => controllers.delete(controller) }
  }

  async function search(): Promise<void> {
    searchInFlight?.abort()
    const { controller, done } = track()
    searchInFlight = controller
    searching.value = true
    try {
      const found = await crm.searchTickets(query.value.trim(), { signal: controller.signal, contactId: toValue(contactId) })
      if (controller.signal.aborted) return
      results.value = found
      searchError.value = null
    } catch (failure) {
      if (controller.signal.aborted) return
      results.value = []
      searchError.value = failure
    } finally {
      done()
      if (searchInFlight === controller) {
        searchInFlight = null
        searching.value = false
        searched.value = true
      }
    }
  }

  async function link(ticketId: string): Promise<boolean> {
    if (linking.value.has(ticketId)) return false
    linking.value = new Set([...linking.value, ticketId])
    const { controller, done } = track()
    try {
      // 409 resolves `{ alreadyLinked: true }`: the link is there, which is what the agent wanted.
      await crm.associateTicket({ contactId: toValue(contactId), ticketId, signal: controller.signal })
      return true
    } catch {
      return false
    } finally {
      done()
      linking.value = new Set([...linking.value].filter((id) => id !== ticketId))
    }
  }

  if (getCurrentScope()) {
    onScopeDispose(() => {
      for (const controller of controllers) controller.abort()
      controllers.clear()
    })
  }

  return {
    query,
    results: readonly(results) as Readonly<Ref<readonly Ticket[]>>,
    searching: readonly(searching),
    searched: readonly(searched),
    searchError: readonly(searchError),
    linking: readonly(linking) as Readonly<Ref<ReadonlySet<string>>>,
    search,
    link,
  }
}
