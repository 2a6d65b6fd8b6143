import { toast } from '@mekari/pixel3'
import type { TicketEmbedNotification } from '../composables/ticketEmbedConfig'
import { reportOnce } from '../composables/reportOnce'

/** pixel3's `<MpToastManager/>` renders this element; `toast.notify` shows nothing without exactly one. */
const TOAST_MANAGER_SELECTOR = '[data-sonner-toaster]'

/** Told when a toast would be lost: the fix is one line in the host's root component. */
export const MISSING_TOAST_MANAGER_MESSAGE =
  "[ticket-embed] toasts are not shown: the host app renders no <MpToastManager/>. Render exactly one, e.g. in App.vue: import { MpToastManager } from '@mekari/pixel3' and <MpToastManager />."

/** Whether the page has the one `<MpToastManager/>` pixel3's toasts need. */
export function hasToastManager(doc: Document | undefined = globalThis.document): boolean {
  return doc !== undefined && doc.querySelectorAll(TOAST_MANAGER_SELECTOR).length > 0
}

/**
 * The default `notify` of the pixel3 components: pixel3's `toast.notify`. pixel3 0.3.1 knows only
 * the `success` and `error` variants (`ToastVariant` in `@mekari/pixel3-toast`), so a warning is
 * drawn as `error`, the closest one: "created but couldn't be linked" needs the agent's attention.
 * Without a `<MpToastManager/>` the console says once how to add it, instead of pixel3's own
 * warning on every toast.
 */
export function notifyWithPixelToast(notification: TicketEmbedNotification): void {
  if (!hasToastManager()) {
    reportOnce('error', MISSING_TOAST_MANAGER_MESSAGE)
    return
  }
  toast.notify({
    title: notification.title,
    variant: notification.variant === 'success' ? 'success' : 'error',
    position: 'top-center',
  })
}
