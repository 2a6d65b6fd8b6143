/**
 * What each page records for the latency bench, installed before any script of the page (Playwright
 * `addInitScript`, which runs in every frame, cross-site ones included). Times are
 * `performance.timeOrigin + performance.now()`: milliseconds since the epoch from each process's
 * own monotonic clock, comparable between the host's and the embed's process on one machine.
 */

/** A state that holds from `t` on, until the next entry. */
export interface Transition<T> {
  t: number
  value: T
}

/** The host page's record. */
export interface HostRecord {
  /** Clicks on the "+" trigger and on the menu's items. */
  clicks: { what: 'menu' | 'create' | 'associate'; t: number }[]
  /** Whether a form iframe is on screen (rendered with a size, not hidden by any ancestor). */
  frameShown: Transition<boolean>[]
  /** Each `TICKET_CREATED` from the embed's origin, as it reached the page. */
  created: { ticketId: string; t: number }[]
  /** When a ticket's row was first in the list, and when it was first in it without `data-provisional`. */
  rowSeen: Record<string, number>
  rowConfirmed: Record<string, number>
  /** `Date.now()` minus the performance clock, read at install: compared between processes. */
  clockSkewMs: number
}

/** The embed page's record. */
export interface EmbedRecord {
  /** The customer the form is usable for (first field enabled, customer shown), or `null`. */
  usableFor: Transition<string | null>[]
  /** Each host message as it reached the frame (its `type`), to tell where an open's time went. */
  received: { type: string; t: number }[]
  /** Whether the document was hidden (`visibilityState`), as it changed. */
  hidden: Transition<boolean>[]
  clockSkewMs: number
}

export interface RecorderArgs {
  hostOrigin: string
  embedOrigin: string
}

declare global {
  interface Window {
    __latencyHost?: HostRecord
    __latencyEmbed?: EmbedRecord
  }
}

/** Runs in every frame; records on the host's and the embed's origin only. Self-contained: it is serialized. */
export function installLatencyRecorder({ hostOrigin, embedOrigin }: RecorderArgs): void {
  const now = () => performance.timeOrigin + performance.now()
  const skew = Date.now() - now()
  const observe = (onChange: () => void) => {
    new MutationObserver(onChange).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
    onChange()
  }
  const push = <T>(list: Transition<T>[], value: T) => {
    if (list.length === 0 || list[list.length - 1]!.value !== value) list.push({ t: now(), value })
  }

  if (location.origin === hostOrigin && window.top === window) {
    const record: HostRecord = { clicks: [], frameShown: [], created: [], rowSeen: {}, rowConfirmed: {}, clockSkewMs: skew }
    window.__latencyHost = record
    window.addEventListener(
      'click',
      (event) => {
        const target = event.target instanceof Element ? event.target : null
        const t = now()
        if (target?.closest('[data-tickets-add-trigger]')) record.clicks.push({ what: 'menu', t })
        else if (target?.closest('[data-testid="menu-create-ticket"]')) record.clicks.push({ what: 'create', t })
        else if (target?.closest('[data-testid="menu-associate-existing"]')) record.clicks.push({ what: 'associate', t })
      },
      true,
    )
    window.addEventListener(
      'message',
      (event) => {
        const data = event.data as { type?: unknown; ticketId?: unknown } | null
        if (event.origin === embedOrigin && data?.type === 'TICKET_CREATED' && typeof data.ticketId === 'string') {
          record.created.push({ ticketId: data.ticketId, t: now() })
        }
      },
      true,
    )
    const frameShown = () =>
      [...document.querySelectorAll('iframe[data-testid="ticket-embed-iframe"]')].some((frame) => {
        const box = frame.getBoundingClientRect()
        return box.width > 0 && box.height > 0 && frame.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      })
    observe(() => {
      push(record.frameShown, frameShown())
      for (const row of document.querySelectorAll('[data-testid="ticket-row"][data-ticket-id]')) {
        const id = row.getAttribute('data-ticket-id')!
        record.rowSeen[id] ??= now()
        if (!row.hasAttribute('data-provisional')) record.rowConfirmed[id] ??= now()
      }
    })
  } else if (location.origin === embedOrigin && window.top !== window) {
    const record: EmbedRecord = { usableFor: [], received: [], hidden: [], clockSkewMs: skew }
    window.__latencyEmbed = record
    window.addEventListener(
      'message',
      (event) => {
        const type = (event.data as { type?: unknown } | null)?.type
        if (event.origin === hostOrigin && typeof type === 'string') record.received.push({ type, t: now() })
      },
      true,
    )
    const onVisibility = () => push(record.hidden, document.visibilityState === 'hidden')
    document.addEventListener('visibilitychange', onVisibility)
    onVisibility()
    observe(() => {
      const subject = document.querySelector('#subject')
      const customer = document.querySelector('#customer')?.getAttribute('data-customer-id') ?? null
      push(record.usableFor, subject instanceof HTMLInputElement && subject.matches(':enabled') ? customer : null)
    })
  }
}
