import { readonly, shallowRef, type Ref } from 'vue'
import { isValidId } from '../protocol/fields'

/** A created ticket that is not linked to the customer yet. */
export interface PendingLink {
  ticketId: string
  pipelineId: string | null
  /** ISO time the ticket was created; shown in the list. */
  createdAt: string
}

export interface UsePendingLinksOptions {
  /** The customer the tickets belong to; one list per customer. */
  contactId: string
  /**
   * Where the list lives. Per tab and per session on purpose: a reload keeps it, another agent on
   * another machine does not see it.
   * @default globalThis.sessionStorage (none when it is not available, e.g. in private mode or SSR)
   */
  storage?: Storage | null
}

export interface UsePendingLinksReturn {
  links: Readonly<Ref<readonly PendingLink[]>>
  add: (link: PendingLink) => void
  remove: (ticketId: string) => void
  has: (ticketId: string) => boolean
}

/** The `sessionStorage` key of a customer's pending links. */
export const pendingLinksKey = (contactId: string) => `ticket-embed:pending-links:v1:${contactId}`

function defaultStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    // Accessing sessionStorage throws when storage is blocked for the page.
    return null
  }
}

function isPendingLink(value: unknown): value is PendingLink {
  if (typeof value !== 'object' || value === null) return false
  const link = value as Record<string, unknown>
  return (
    isValidId(link.ticketId) &&
    typeof link.ticketId === 'string' &&
    (link.pipelineId === null || (typeof link.pipelineId === 'string' && isValidId(link.pipelineId))) &&
    typeof link.createdAt === 'string'
  )
}

function read(storage: Storage | null, key: string): PendingLink[] {
  if (!storage) return []
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter(isPendingLink) : []
  } catch {
    console.warn(`[ticket-embed] ignoring unreadable pending links in sessionStorage "${key}".`)
    return []
  }
}

/**
 * The tickets of one customer whose link failed, kept in `sessionStorage` until linked, so that a
 * reload loses nothing (DESIGN §5).
 */
export function usePendingLinks(options: UsePendingLinksOptions): UsePendingLinksReturn {
  const storage = options.storage === undefined ? defaultStorage() : options.storage
  const key = pendingLinksKey(options.contactId)
  const links = shallowRef<readonly PendingLink[]>(read(storage, key))

  function write(next: PendingLink[]) {
    links.value = next
    try {
      if (next.length === 0) storage?.removeItem(key)
      else storage?.setItem(key, JSON.stringify(next))
    } catch (error) {
      // Quota or blocked storage: the list still lives in memory for this page.
      console.warn('[ticket-embed] could not save pending links; they last until the page reloads.', error)
    }
  }

  return {
    links: readonly(links) as Readonly<Ref<readonly PendingLink[]>>,
    add(link) {
      if (!isPendingLink(link)) return
      write([...links.value.filter((existing) => existing.ticketId !== link.ticketId), link])
    },
    remove(ticketId) {
      if (links.value.some((existing) => existing.ticketId === ticketId)) {
        write(links.value.filter((existing) => existing.ticketId !== ticketId))
      }
    },
    has: (ticketId) => links.value.some((link) => link.ticketId === ticketId),
  }
}
