import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import { typeOfData } from '../../composables/messageLog'
import type { TicketEmbedState } from '../../composables/useTicketEmbed'
import { useMessageLogStore } from './messageLogStore'
import { PANEL_SELECTOR } from './usePanelState'

/**
 * Logs messages that arrive while the panel is `hidden`: the package listens only while the panel
 * is open (or, closed, still keeps its iframe for a late ticket), so without this a forged message sent then would simply vanish from the log. Logged
 * as rejected with the reason `panel-hidden`; the panel never sees them.
 *
 * The panel state is read from the DOM, which Vue updates in the same task as the statechart, so
 * it is current whenever a `message` event (a task of its own) is dispatched.
 */
export function useUnheardMessages(
  panelState: Readonly<Ref<TicketEmbedState>>,
  root: Readonly<Ref<HTMLElement | null>>,
): void {
  const log = useMessageLogStore()
  const onMessage = (event: MessageEvent) => {
    // A closed panel whose iframe is still mounted (`hidden.listening`) is heard by the package itself.
    if (panelState.value !== 'hidden' || root.value?.querySelector(PANEL_SELECTOR)) return
    log.add({
      direction: 'in',
      at: Date.now(),
      origin: event.origin,
      type: typeOfData(event.data),
      accepted: false,
      reason: 'panel-hidden',
      data: event.data,
    })
  }
  onMounted(() => window.addEventListener('message', onMessage))
  onBeforeUnmount(() => window.removeEventListener('message', onMessage))
}
