import { onMounted } from 'vue'
import type { ResolvedTicketEmbedConfig, TicketEmbedNotification } from '../composables/ticketEmbedConfig'
import { reportOnce } from '../composables/reportOnce'
import { hasToastManager, MISSING_TOAST_MANAGER_MESSAGE, notifyWithPixelToast } from './notifyWithPixelToast'

/**
 * The section's toasts: the host's `notify`, else pixel3's. With pixel3's, a page that has no
 * `<MpToastManager/>` once the section is mounted is told so right away, not at the first lost toast.
 */
export function useSectionNotify(config: ResolvedTicketEmbedConfig): (notification: TicketEmbedNotification) => void {
  if (config.notify) return config.notify
  onMounted(() => {
    if (!hasToastManager()) reportOnce('error', MISSING_TOAST_MANAGER_MESSAGE)
  })
  return notifyWithPixelToast
}
