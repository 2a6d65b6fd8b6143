import type { EmbedInitMessage } from '../protocol/messages'
import { parseEmbedMessage, parseHostMessage } from '../protocol/parse'
import { PROTOCOL_VERSION } from '../protocol/version'
import { checkOrigins } from './checkOrigins'
import { observeHeight } from './observeHeight'
import type { EmbedChild, EmbedChildOptions } from './types'

/**
 * Starts the form's side of the ticket-embed contract: announces `EMBED_READY` to the parent,
 * waits for `EMBED_INIT` from an allowed origin, then lets the form report what happened.
 *
 * The parent's origin is unknown until `EMBED_INIT` arrives, so `EMBED_READY` is posted once per
 * allowed origin, each with that exact `targetOrigin`: the browser delivers only the one that
 * matches, and the form never posts with `'*'`. Every later message goes to the origin that sent
 * the accepted `EMBED_INIT`.
 *
 * @throws TypeError when `allowedParentOrigins` is not a non-empty list of exact origins.
 * @example
 * const child = createEmbedChild({ allowedParentOrigins: ['https://app.example.com'], autoResize: true })
 * const { qontakCustomerId } = await child.ready
 * child.ticketCreated({ ticketId: 'TCK-1', isAutoAssociated: true })
 */
export function createEmbedChild(options: EmbedChildOptions): EmbedChild {
  const origins = checkOrigins(options.allowedParentOrigins)
  const win = options.window ?? window
  const parent = win.parent
  // Empty until `EMBED_INIT`, and again after `destroy()`: senders post only while it is set.
  let parentOrigin = ''
  let init: EmbedInitMessage | null = null
  let inits = 0
  let resolveReady: (message: EmbedInitMessage) => void
  const ready = new Promise<EmbedInitMessage>((resolve) => (resolveReady = resolve))

  /** Validates with the host's own parser, so the form cannot post what the host would drop. */
  const send = (type: string, payload?: object) => {
    if (!parentOrigin) return false
    const result = parseEmbedMessage({ ...payload, type, version: PROTOCOL_VERSION })
    if (result.ok) parent.postMessage(result.message, parentOrigin)
    return result.ok
  }

  // Stryker disable next-line ConditionalExpression: `true` has no `element`, `minIntervalMs` or `maxHeight` either, so `{}` and `true` take the same defaults
  const auto = options.autoResize === true ? {} : options.autoResize
  const heights = auto
    ? observeHeight(
        win,
        auto.element ?? win.document.documentElement,
        auto.minIntervalMs ?? 100,
        auto.maxHeight ?? 2000,
        (height) => send('EMBED_RESIZE', { height }),
      )
    : undefined

  const onMessage = (event: MessageEvent) => {
    const reject = (reason: string) => options.onReject?.(reason, event)
    if (!origins.includes(event.origin)) return reject('origin')
    // Another frame of an allowed origin (a sibling, a popup) must not configure this form.
    if (event.source !== parent) return reject('source')
    const parsed = parseHostMessage(event.data)
    if (!parsed.ok) return reject(parsed.reason)
    parentOrigin = event.origin
    init = parsed.message
    inits += 1
    resolveReady(init)
    // A later EMBED_INIT is the host starting the next ticket in this same loaded form.
    if (inits > 1) options.onReset?.(init)
    // A height measured before `EMBED_INIT` could not be sent; no resize will announce it again.
    heights?.update()
    options.onInit?.(init)
  }

  win.addEventListener('message', onMessage)
  // `canReset` only when the form can empty itself: a host keeps only such frames for the next ticket.
  const readyMessage = options.onReset ? { type: 'EMBED_READY', version: PROTOCOL_VERSION, canReset: true } : { type: 'EMBED_READY', version: PROTOCOL_VERSION }
  for (const origin of origins) parent.postMessage(readyMessage, origin)

  return {
    get init() {
      return init
    },
    get inits() {
      return inits
    },
    ready,
    createStarted: () => send('TICKET_CREATE_STARTED'),
    ticketCreated: (payload) => send('TICKET_CREATED', payload),
    createError: (payload) => send('TICKET_CREATE_ERROR', payload),
    close: (reason) => send('EMBED_CLOSE', { reason }),
    resize: (height) => send('EMBED_RESIZE', { height }),
    destroy() {
      win.removeEventListener('message', onMessage)
      heights?.stop()
      parentOrigin = ''
    },
  }
}
