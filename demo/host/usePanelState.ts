import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue'
import type { TicketEmbedState } from '../../composables/useTicketEmbed'

export const PANEL_SELECTOR = '[data-testid="ticket-embed-panel"]'

/**
 * The state of the create-ticket panel inside `root`, read from the `data-state` the panel renders
 * (and `hidden` when it renders nothing). The Tickets section owns its statechart and does not
 * hand it out, so the drawer watches what the section itself shows, as a test would.
 */
export function usePanelState(root: Readonly<Ref<HTMLElement | null>>): Readonly<Ref<TicketEmbedState>> {
  const state = ref<TicketEmbedState>('hidden')
  let observer: MutationObserver | undefined
  const read = () => {
    const panel = root.value?.querySelector(PANEL_SELECTOR)
    state.value = (panel?.getAttribute('data-state') as TicketEmbedState | null) ?? 'hidden'
  }
  onMounted(() => {
    if (!root.value) return
    observer = new MutationObserver(read)
    observer.observe(root.value, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] })
    read()
  })
  onBeforeUnmount(() => observer?.disconnect())
  return readonly(state)
}
