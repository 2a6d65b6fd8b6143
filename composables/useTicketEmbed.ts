import { computed, getCurrentScope, onScopeDispose, readonly, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { createActor, fromPromise, type ActorRefFrom, type SnapshotFrom } from 'xstate'
import { useSelector } from '@xstate/vue'
import { analyticsEventName, analyticsProps } from '../machines/analytics'
import { isAlreadyLinkedError } from '../machines/associateErrors'
import { ASSOCIATE_ATTEMPT_TIMEOUT_MS } from '../machines/constants'
import { toEmbedEvent } from '../machines/embedEvents'
import { embedOriginOf, explainInvalidEmbedUrl } from '../machines/embedUrl'
import { ticketEmbedMachine } from '../machines/ticketEmbedMachine'
import type {
  AssociateTicketInput,
  CreatedTicket,
  EmbedError,
  FallbackAssociate,
  NotifyKey,
  NotifyParams,
  PreloadPolicy,
} from '../machines/types'
import { buildEmbedInit, type EmbedCustomer } from '../protocol/buildEmbedInit'
import { isValidId } from '../protocol/fields'
import { parseEmbedMessage } from '../protocol/parse'
import type { EmbedMessageLogEntry } from './messageLog'
import { typeOfData } from './messageLog'
import { DEFAULT_NOTIFY_MESSAGES } from './notifyMessages'
import { preconnectTo } from './preconnect'
import { safeCall } from './safeCall'
import { usePendingLinks, type PendingLink } from './usePendingLinks'

/** The top-level states of the panel (DESIGN §3). */
export type TicketEmbedState = 'hidden' | 'loading' | 'ready' | 'error' | 'associating' | 'success'

/** A toast the host shows (pixel3's `toast.notify` in the UI layer). */
export interface TicketEmbedToast extends NotifyParams {
  title: string
}

export interface AssociateArgs {
  contactId: string
  ticketId: string
  /** Aborted when the attempt times out or the panel goes away. */
  signal: AbortSignal
}

export interface UseTicketEmbedOptions {
  /** Full URL of the CRM's embed page, `${CRM_V3_EMBED_URL}/embed/ticket/create`. Absolute `https:` (or `http:` on localhost). */
  embedUrl: string
  /** The customer the ticket is for; sent to the embed as `EMBED_INIT`. `qontakCustomerId` is required. */
  customer: EmbedCustomer
  /**
   * How long the embed has to say `EMBED_READY` before the panel shows its error.
   * @default 10000
   */
  readyTimeoutMs?: number
  /**
   * When the host links the created ticket itself (OQ-6).
   * @default 'auto'
   */
  fallbackAssociate?: FallbackAssociate
  /**
   * Links a ticket to the customer (`POST /v1/leads/{contactId}/tickets/{ticketId}`). Resolve when
   * linked; reject with an error carrying the HTTP `status` (409 counts as linked) or a network error.
   * @default undefined — without it every fallback link fails and the ticket is kept as a pending link
   */
  associate?: (args: AssociateArgs) => Promise<unknown>
  /**
   * Re-fetches the page's ticket list; called after every created ticket, after the link attempt.
   * @default undefined
   */
  refresh?: () => unknown
  /**
   * Records an analytics event (`[Qontak One] [Customer] Create Ticket Embed …`).
   * @default undefined
   */
  track?: (name: string, props: Record<string, unknown>) => void
  /**
   * Shows a toast.
   * @default undefined
   */
  notify?: (toast: TicketEmbedToast) => void
  /**
   * Toast titles by key, for localisation.
   * @default DEFAULT_NOTIFY_MESSAGES (English)
   */
  messages?: Partial<Record<NotifyKey, string>>
  /**
   * Bounds of the iframe height the embed may ask for, in CSS pixels.
   * @default 240
   */
  minHeight?: number
  /** @default 2000 */
  maxHeight?: number
  /**
   * After the agent closes the form (back arrow, Escape, `EMBED_CLOSE`), how long the hidden iframe
   * is kept and heard for a ticket the CRM may still report, when the embed has not said a create is
   * in flight (v1 embeds never say).
   * @default 10000
   */
  closeGraceMs?: number
  /**
   * The same once the embed said `TICKET_CREATE_STARTED` (`child.createStarted()`) and has not reported the result.
   * @default 30000
   */
  createInFlightGraceMs?: number
  /**
   * On `prepare()` (the agent opens the "+" menu), open the connection to the embed's origin
   * (`<link rel="preconnect">`), so the form's first request does not pay for it.
   * @default true
   */
  preconnect?: boolean
  /**
   * On `prepare()`, load the form hidden (`'intent'`), so "Create Ticket" shows a loaded form; or
   * only on "Create Ticket" (`'none'`). A prepared form that is never opened costs one page load of
   * the embed.
   * @default 'intent'
   */
  preload?: PreloadPolicy
  /**
   * Keep the loaded form, hidden, after a ticket or a close, and start it afresh for the next ticket
   * with a new `EMBED_INIT` — only for embeds that said `EMBED_READY { canReset: true }`
   * (`createEmbedChild({ onReset })`); other embeds get a new frame each time, as before.
   * @default true
   */
  keepFrame?: boolean
  /**
   * Hide the panel as soon as the embed reports a ticket, since the page lists it at once (give
   * `onTicketCreated` a function that adds it to the list); the link and the re-fetch follow unseen.
   * `false`: the panel shows its progress until the list is re-fetched.
   * @default true
   */
  optimisticList?: boolean
  /**
   * Sees every ticket the embed reports (trusted `TICKET_CREATED`), before it is linked: list it at once.
   * @default undefined
   */
  onTicketCreated?: (ticket: CreatedTicket) => void
  /**
   * Where pending links are kept.
   * @default globalThis.sessionStorage
   */
  storage?: Storage | null
  /**
   * Sees every message in and out, accepted or dropped with its reason (the demo's message log).
   * @default undefined
   */
  onMessage?: (entry: EmbedMessageLogEntry) => void
  /**
   * Sees every snapshot of the statechart, sub-states included (a live statechart, debugging).
   * @default undefined
   */
  onSnapshot?: (snapshot: SnapshotFrom<typeof ticketEmbedMachine>) => void
  /**
   * The window whose `message` events are heard.
   * @default globalThis.window
   */
  window?: Window
}

export interface UseTicketEmbedReturn {
  /** The top-level state. */
  state: Readonly<Ref<TicketEmbedState>>
  /**
   * Whether the panel is shown. `false` while `hidden`, and also when the agent closed the form and
   * a ticket it reported late is linked and the list refreshed without showing the panel again.
   */
  visible: ComputedRef<boolean>
  /**
   * Whether the iframe must be in the DOM: whenever the panel is not `hidden`, and while a closed
   * panel still listens for a late ticket (`hidden.listening`), then mounted but not shown.
   */
  frameMounted: ComputedRef<boolean>
  /** The full snapshot, for sub-states and context. */
  snapshot: Readonly<ShallowRef<SnapshotFrom<typeof ticketEmbedMachine>>>
  /** Whether "Create Ticket" can work at all: a valid embed URL and customer id. */
  available: ComputedRef<boolean>
  /** Iframe height from `EMBED_RESIZE`, clamped; `null` until the embed reports one. */
  height: ComputedRef<number | null>
  error: ComputedRef<EmbedError | null>
  ticket: ComputedRef<CreatedTicket | null>
  pendingLinks: Readonly<Ref<readonly PendingLink[]>>
  /** Ids of pending links being linked right now (disable their "Link now"). */
  linking: Readonly<Ref<ReadonlySet<string>>>
  /** The iframe `src`; `null` when not available. */
  src: ComputedRef<string | null>
  /** Key the iframe with it: it changes on retry so the browser loads a fresh frame. */
  frameKey: ComputedRef<number>
  /** Bind to the `<iframe>`: `ref="iframe"`. */
  iframe: ShallowRef<HTMLIFrameElement | null>
  /**
   * The agent shows the intent to create a ticket (the "+" menu opens): preconnects and preloads as
   * the options say. Harmless to call often; does nothing once the form is loading or shown.
   */
  prepare: () => void
  open: () => void
  close: () => void
  retry: () => void
  /** Links a pending ticket again; resolves `true` when linked (or already linked). */
  retryLink: (ticketId: string) => Promise<boolean>
  actorRef: ActorRefFrom<typeof ticketEmbedMachine>
}

/** Closed with nothing left to hear: no iframe, no listener, no timer. */
const isIdle = (snapshot: SnapshotFrom<typeof ticketEmbedMachine>) => snapshot.matches({ hidden: 'idle' })

const topLevel = (value: SnapshotFrom<typeof ticketEmbedMachine>['value']): TicketEmbedState =>
  (typeof value === 'string' ? value : Object.keys(value)[0]) as TicketEmbedState

/** Aborts after `ms` or on `abort()`, and lets the caller clear the timer: no timer outlives the request. */
function timeoutSignal(ms: number) {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DOMException('link attempt timed out', 'TimeoutError')), ms)
  return {
    signal: controller.signal,
    clear: () => clearTimeout(timer),
    abort: (reason: unknown) => {
      clearTimeout(timer)
      controller.abort(reason)
    },
  }
}

/**
 * Binds the create-ticket statechart to an iframe, the window's `message` events and the page's
 * ticket list (DESIGN §4). Call it in the component that owns the list; everything it starts ends
 * with that component's scope.
 *
 * Every inbound message must come from the embed URL's exact origin, from this panel's own iframe
 * window, carry `version: 1` and pass its schema; anything else is dropped with a reason and changes
 * nothing.
 */
export function useTicketEmbed(options: UseTicketEmbedOptions): UseTicketEmbedReturn {
  const targetWindow: Window | undefined = options.window ?? (typeof window === 'undefined' ? undefined : window)
  const contactId = String(options.customer?.qontakCustomerId ?? '')
  const embedOrigin = embedOriginOf(options.embedUrl)
  const problem =
    explainInvalidEmbedUrl(options.embedUrl) === null
      ? isValidId(contactId)
        ? null
        : `customer.qontakCustomerId "${contactId}" is not a valid id`
      : `embedUrl "${String(options.embedUrl)}" is refused: ${explainInvalidEmbedUrl(options.embedUrl)}`
  if (problem) console.error(`[ticket-embed] Create Ticket is disabled: ${problem}. Fix the useTicketEmbed options.`)

  const iframe = shallowRef<HTMLIFrameElement | null>(null)
  const pending = usePendingLinks({ contactId, storage: options.storage })
  const linking = shallowRef<ReadonlySet<string>>(new Set())
  const messages = { ...DEFAULT_NOTIFY_MESSAGES, ...options.messages }

  const log = (entry: Omit<EmbedMessageLogEntry, 'at'>) =>
    options.onMessage && safeCall('onMessage', options.onMessage, { ...entry, at: Date.now() })
  const notify = (params: NotifyParams) => safeCall('notify', options.notify, { ...params, title: messages[params.key] })

  function associate({ ticketId, signal }: { ticketId: string; signal: AbortSignal }): Promise<unknown> {
    if (!options.associate) return Promise.reject(new Error('no associate function is configured'))
    try {
      return Promise.resolve(options.associate({ contactId, ticketId, signal }))
    } catch (error) {
      return Promise.reject(error)
    }
  }

  function rememberPendingLink(ticket: CreatedTicket | null) {
    // Stryker disable next-line ConditionalExpression: every caller holds a ticket (the machine's params, or its context while associating); the check only narrows the type
    if (ticket) pending.add({ ticketId: ticket.ticketId, pipelineId: ticket.pipelineId, createdAt: new Date().toISOString() })
  }

  const machine = ticketEmbedMachine.provide({
    actions: {
      postEmbedInit: ({ context }) => {
        const frameWindow = iframe.value?.contentWindow
        if (!frameWindow || !context.embedOrigin) {
          console.warn('[ticket-embed] EMBED_INIT not sent: the iframe is not mounted. Bind the `iframe` ref to the <iframe>.')
          return
        }
        const message = buildEmbedInit(context.customer)
        frameWindow.postMessage(message, context.embedOrigin)
        log({ direction: 'out', origin: context.embedOrigin, type: message.type, accepted: true, data: message })
      },
      notify: (_, params) => notify(params),
      track: ({ context }, params) =>
        safeCall('track', options.track, analyticsEventName(params.name), analyticsProps(params.name, context)),
      rememberPendingLink: (_, ticket) => rememberPendingLink(ticket),
    },
    actors: {
      associateTicket: fromPromise<unknown, AssociateTicketInput>(({ input, signal }) =>
        associate({ ticketId: input.ticketId, signal }),
      ),
      refreshTickets: fromPromise<unknown, void>(async () => {
        if (!options.refresh) return undefined
        return await options.refresh()
      }),
    },
  })

  const actorRef = createActor(machine, {
    input: {
      embedUrl: options.embedUrl,
      customer: options.customer,
      readyTimeoutMs: options.readyTimeoutMs,
      fallbackAssociate: options.fallbackAssociate,
      minHeight: options.minHeight,
      maxHeight: options.maxHeight,
      closeGraceMs: options.closeGraceMs,
      createInFlightGraceMs: options.createInFlightGraceMs,
      preload: options.preload,
      keepFrame: options.keepFrame,
      optimisticList: options.optimisticList,
    },
  })
  // @xstate/vue's binding: a ref of the snapshot, subscribed for as long as the calling scope lives.
  const snapshot = useSelector(actorRef, (current) => current)
  const state = computed(() => topLevel(snapshot.value.value))
  const frameMounted = computed(() => !isIdle(snapshot.value))

  function onWindowMessage(event: MessageEvent) {
    const frameWindow = iframe.value?.contentWindow ?? null
    const fromOwnFrame = frameWindow !== null && event.source === frameWindow
    // Cheapest checks first: a flood of foreign messages costs one comparison each.
    if (event.origin !== embedOrigin) return drop(event, 'origin-mismatch')
    if (!fromOwnFrame) return drop(event, 'not-own-frame')
    const parsed = parseEmbedMessage(event.data)
    if (!parsed.ok) return drop(event, parsed.reason)
    log({ direction: 'in', origin: event.origin, type: parsed.message.type, accepted: true, data: parsed.message })
    actorRef.send(toEmbedEvent(parsed.message, { origin: event.origin, fromOwnFrame, version: parsed.message.version }))
  }

  function drop(event: MessageEvent, reason: string) {
    // Stryker disable next-line ConditionalExpression: log() checks onMessage too; this only spares reading the type of a flood of foreign messages
    if (options.onMessage) {
      log({ direction: 'in', origin: event.origin, type: typeOfData(event.data), accepted: false, reason, data: event.data })
    }
  }

  let listening = false
  function syncMessageListener(open: boolean) {
    if (!targetWindow || open === listening) return
    listening = open
    if (open) targetWindow.addEventListener('message', onWindowMessage)
    else targetWindow.removeEventListener('message', onWindowMessage)
  }

  const subscription = actorRef.subscribe({
    next: (next) => {
      // Heard from open until closed for good: a closed panel keeps listening while `hidden.listening`.
      syncMessageListener(!isIdle(next))
      forgetLinkedTicket(next)
      // Stryker disable next-line ConditionalExpression: safeCall skips a missing callback too; the check only spares a call per snapshot
      if (options.onSnapshot) safeCall('onSnapshot', options.onSnapshot, next)
    },
    error: (error) => console.error('[ticket-embed] the panel stopped on an unexpected error.', error),
  })
  actorRef.on('ticketCreated', ({ ticket }) => safeCall('onTicketCreated', options.onTicketCreated, ticket))
  actorRef.start()

  // A second `load` of the same iframe element means it navigated: whatever is there now has not
  // been given the customer (`frame.reloaded`). A new element (retry) starts counting again.
  let loads = 0
  const onFrameLoad = () => {
    loads += 1
    if (loads > 1) actorRef.send({ type: 'frame.reloaded' })
  }
  watch(
    iframe,
    (element, previous) => {
      previous?.removeEventListener('load', onFrameLoad)
      loads = 0
      element?.addEventListener('load', onFrameLoad)
    },
    { flush: 'sync' },
  )

  // A `pagehide` the page survives (bfcache) keeps the ticket being linked as a pending link while
  // the machine goes on linking it: "Link now" must not POST it a second time meanwhile, and once
  // the machine has linked it, it is no longer pending.
  function isMachineLinking(ticketId: string) {
    const current = actorRef.getSnapshot()
    // Stryker disable next-line OptionalChaining: `associating` is entered only with a ticket in context, and `&&` reads it only there
    return topLevel(current.value) === 'associating' && current.context.ticket?.ticketId === ticketId
  }
  function forgetLinkedTicket(next: SnapshotFrom<typeof ticketEmbedMachine>) {
    const { ticket, linkStatus } = next.context
    if (ticket && (linkStatus === 'linked' || linkStatus === 'already-linked')) pending.remove(ticket.ticketId)
  }

  // "Link now" requests in flight: the panel going away aborts them, and their timers with them.
  const linkAttempts = new Set<ReturnType<typeof timeoutSignal>>()
  let stopped = false

  async function retryLink(ticketId: string): Promise<boolean> {
    if (!pending.has(ticketId) || linking.value.has(ticketId) || isMachineLinking(ticketId)) return false
    linking.value = new Set([...linking.value, ticketId])
    const attempt = timeoutSignal(ASSOCIATE_ATTEMPT_TIMEOUT_MS)
    linkAttempts.add(attempt)
    try {
      await associate({ ticketId, signal: attempt.signal })
    } catch (error) {
      if (!isAlreadyLinkedError(error)) {
        // Aborted because the panel went away: the ticket stays pending, and no toast for a page that is gone.
        if (!stopped) notify({ variant: 'warning', key: 'linkNowFailed' })
        return false
      }
    } finally {
      attempt.clear()
      linkAttempts.delete(attempt)
      linking.value = new Set([...linking.value].filter((id) => id !== ticketId))
    }
    pending.remove(ticketId)
    try {
      await options.refresh?.()
    } catch {
      notify({ variant: 'error', key: 'refreshFailed' })
    }
    return true
  }

  // Going away (unmount, reload, navigation) while the link is still being attempted: keep the
  // ticket as a pending link, or it would be lost.
  function keepTicketIfLinking() {
    const current = actorRef.getSnapshot()
    if (topLevel(current.value) === 'associating') rememberPendingLink(current.context.ticket)
  }
  function stop() {
    stopped = true
    for (const attempt of linkAttempts) attempt.abort(new DOMException('the panel went away', 'AbortError'))
    keepTicketIfLinking()
    syncMessageListener(false)
    iframe.value?.removeEventListener('load', onFrameLoad)
    subscription.unsubscribe()
    actorRef.stop()
    targetWindow?.removeEventListener('pagehide', keepTicketIfLinking)
  }
  targetWindow?.addEventListener('pagehide', keepTicketIfLinking)
  if (getCurrentScope()) onScopeDispose(stop)

  const context = computed(() => snapshot.value.context)
  return {
    state: readonly(state) as Readonly<Ref<TicketEmbedState>>,
    visible: computed(() => state.value !== 'hidden' && !context.value.dismissed),
    frameMounted,
    snapshot,
    available: computed(() => problem === null),
    height: computed(() => context.value.height),
    error: computed(() => context.value.error),
    ticket: computed(() => context.value.ticket),
    pendingLinks: pending.links,
    linking,
    src: computed(() => (problem === null ? options.embedUrl : null)),
    frameKey: computed(() => context.value.frameKey),
    iframe,
    prepare: () => {
      if (problem !== null) return
      if (options.preconnect !== false && embedOrigin !== null && targetWindow) preconnectTo(targetWindow.document, embedOrigin)
      actorRef.send({ type: 'panel.prepare' })
    },
    open: () => {
      // Stryker disable next-line ConditionalExpression: the machine's isEmbedConfigured guard refuses the same configurations; this keeps an event off the actor
      if (problem === null) actorRef.send({ type: 'panel.open' })
    },
    close: () => actorRef.send({ type: 'panel.close' }),
    retry: () => actorRef.send({ type: 'panel.retry' }),
    retryLink,
    actorRef,
  }
}
