import { defineComponent, h, type ComponentPublicInstance } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import type { SnapshotFrom } from 'xstate'
import type { EmbedMessageLogEntry } from '../../../composables/messageLog'
import { pendingLinksKey } from '../../../composables/usePendingLinks'
import { useTicketEmbed, type TicketEmbedToast, type UseTicketEmbedReturn } from '../../../composables/useTicketEmbed'
import type { ticketEmbedMachine } from '../../../machines/ticketEmbedMachine'
import { CUSTOMER, EMBED_URL } from '../../support/machineHarness'
import { createFakeBackend, type FakeBackend } from './fakeBackend'
import { trackListeners, type ListenerTracker } from './listenerTracker'
import type { PanelScenario } from './panelActions'
import type { PanelEnv } from './panelEnv'

export type PanelSnapshot = SnapshotFrom<typeof ticketEmbedMachine>

/** `hidden`, `loading`, …: the top-level state of a snapshot. */
export const topLevel = (snapshot: PanelSnapshot) =>
  typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value)[0]!

/** Closed for good: no frame, nothing heard (`hidden.idle`). */
export const isIdle = (snapshot: PanelSnapshot) => snapshot.matches({ hidden: 'idle' })
/** Closed by the agent while the frame is kept and heard for a late ticket (`hidden.listening`). */
export const isListening = (snapshot: PanelSnapshot) => snapshot.matches({ hidden: 'listening' })
/** A loaded form out of sight, preloaded or kept for the next ticket (`hidden.warm`). */
export const isWarm = (snapshot: PanelSnapshot) => snapshot.matches({ hidden: 'warm' })

/** A ticket the machine took in: a trusted `TICKET_CREATED` that arrived while `ready` or while a closed panel listened. */
export interface HandledTicket {
  isAutoAssociated: boolean
}

/** The pending link a scenario may start with, as an earlier page of the same tab left it. */
export const EARLIER_TICKET_ID = 'TCK-EARLIER'

/**
 * One mounted panel: the real `useTicketEmbed` in a component, the fake CRM behind it, and
 * everything the invariants read.
 */
export interface PanelRig {
  embed: UseTicketEmbedReturn
  wrapper: VueWrapper
  backend: FakeBackend
  windowListeners: ListenerTracker
  frameListeners: ListenerTracker[]
  notifications: TicketEmbedToast[]
  tracked: [string, Record<string, unknown>][]
  log: EmbedMessageLogEntry[]
  handled: Map<string, HandledTicket>
  /** Of `handled`, the tickets reported after the agent closed the panel, within the grace window. */
  afterClose: Set<string>
  /** Tickets a trusted TICKET_CREATED announced while another one was being linked or refreshed. */
  late: Map<string, HandledTicket>
  /** Whether the host must link `ticket` itself under this run's `fallbackAssociate`. */
  needsLink: (ticket: HandledTicket) => boolean
  /** Tickets the panel may legitimately link: the handled ones and the one left by an earlier page. */
  isKnownTicket: (ticketId: string) => boolean
  /** The window of the frame bound before the current one: what a stale frame posts from. */
  staleWindow: () => Window
  /** Calls `embed.retryLink` so that the fake CRM knows the POST comes from "Link now". */
  clickLinkNow: (ticketId: string) => Promise<boolean>
  /** Removes the wrappers on `window` and the frames; the run ends with it. */
  release: () => void
}

export function mountPanel(env: PanelEnv, scenario: PanelScenario): PanelRig {
  if (scenario.pendingFromEarlier) {
    const earlier = [{ ticketId: EARLIER_TICKET_ID, pipelineId: null, createdAt: '2026-06-01T08:00:00.000Z' }]
    sessionStorage.setItem(pendingLinksKey(String(CUSTOMER.qontakCustomerId)), JSON.stringify(earlier))
  }
  let embed!: UseTicketEmbedReturn
  // The last snapshot observers were told about: a refresh that starts while the actor holds a newer
  // one was started by the machine's transition itself; one that starts later comes from "Link now".
  let observed: PanelSnapshot | undefined
  let inLinkNow = 0
  const backend = createFakeBackend({
    associateOutcomes: scenario.associateOutcomes,
    refreshOutcomes: scenario.refreshOutcomes,
    whoAssociates: () => (inLinkNow > 0 ? 'retryLink' : 'machine'),
    whoRefreshes: () => {
      const now = embed.actorRef.getSnapshot()
      return now === observed ? { by: 'retryLink', ticketId: null } : { by: 'machine', ticketId: now.context.ticket?.ticketId ?? null }
    },
  })
  const windowListeners = trackListeners(window)
  const frameListeners = env.pool.frames.map((frame) => trackListeners(frame))
  const notifications: TicketEmbedToast[] = []
  const tracked: [string, Record<string, unknown>][] = []
  const log: EmbedMessageLogEntry[] = []

  // The template of a real panel renders `<iframe :key="frameKey" ref="iframe">`; here a keyed
  // placeholder takes a pooled frame instead (see framePool.ts), bound at the same moment of the patch.
  const frameOf = new WeakMap<object, HTMLIFrameElement>()
  let current: HTMLIFrameElement | null = null
  let previous: HTMLIFrameElement | null = null
  const bindFrame = (slot: Element | ComponentPublicInstance | null) => {
    if (!slot) {
      embed.iframe.value = null
      return
    }
    let frame = frameOf.get(slot)
    if (!frame) {
      frame = env.pool.take()
      frameOf.set(slot, frame)
      previous = current
      current = frame
    }
    embed.iframe.value = frame
  }

  const Host = defineComponent({
    setup() {
      embed = useTicketEmbed({
        embedUrl: EMBED_URL,
        customer: CUSTOMER,
        fallbackAssociate: scenario.fallbackAssociate,
        associate: backend.associate,
        refresh: backend.refresh,
        notify: (toast) => void notifications.push(toast),
        track: (name, props) => void tracked.push([name, props]),
        onMessage: (entry) => void log.push(entry),
      })
      return () =>
        embed.frameMounted.value ? h('div', { key: embed.frameKey.value, ref: bindFrame }) : h('p', 'closed')
    },
  })
  const wrapper = mount(Host)
  observed = embed.actorRef.getSnapshot()
  embed.actorRef.subscribe((snapshot) => {
    observed = snapshot
  })

  const handled = new Map<string, HandledTicket>()
  const late = new Map<string, HandledTicket>()
  return {
    embed,
    wrapper,
    backend,
    windowListeners,
    frameListeners,
    notifications,
    tracked,
    log,
    handled,
    afterClose: new Set(),
    late,
    needsLink: (ticket) => scenario.fallbackAssociate === 'always' || !ticket.isAutoAssociated,
    isKnownTicket: (ticketId) => handled.has(ticketId) || late.has(ticketId) || (scenario.pendingFromEarlier && ticketId === EARLIER_TICKET_ID),
    staleWindow: () => (previous ?? env.pool.frames.find((frame) => frame !== current)!).contentWindow!,
    clickLinkNow: (ticketId) => {
      inLinkNow += 1
      try {
        return embed.retryLink(ticketId)
      } finally {
        inLinkNow -= 1
      }
    },
    release: () => {
      windowListeners.restore()
      frameListeners.forEach((tracker) => tracker.restore())
      backend.dispose()
    },
  }
}
