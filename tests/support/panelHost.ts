import { defineComponent, h, nextTick } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { useTicketEmbed, type UseTicketEmbedOptions, type UseTicketEmbedReturn } from '../../composables/useTicketEmbed'
import { pendingLinksKey } from '../../composables/usePendingLinks'
import { CUSTOMER, EMBED_ORIGIN, EMBED_URL } from './machineHarness'

/** A mounted component that owns `useTicketEmbed` and renders its iframe as a real page would. */
export interface PanelHost {
  embed: UseTicketEmbedReturn
  wrapper: VueWrapper
  /** Dispatches what the browser delivers for `data` posted from `origin` by `source` (default: the panel's iframe). */
  post: (data: unknown, from?: { origin?: string; source?: MessageEventSource | null }) => void
  /** Opens the panel and answers EMBED_READY from its own iframe. */
  openReady: () => Promise<void>
}

export function mountPanelHost(options: Partial<UseTicketEmbedOptions> = {}): PanelHost {
  let embed!: UseTicketEmbedReturn
  const Host = defineComponent({
    setup() {
      embed = useTicketEmbed({ embedUrl: EMBED_URL, customer: CUSTOMER, ...options })
      // As the package's panel does: mounted while anything may still be heard from the frame
      // (a closed form's grace, a form loaded or kept out of sight), not only while shown.
      return () =>
        !embed.frameMounted.value
          ? h('p', 'closed')
          : h('iframe', { key: embed.frameKey.value, ref: embed.iframe, title: 'Create Ticket' })
    },
  })
  const wrapper = mount(Host, { attachTo: document.body })
  const post: PanelHost['post'] = (data, { origin = EMBED_ORIGIN, source = embed.iframe.value?.contentWindow ?? null } = {}) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
  const openReady = async () => {
    embed.open()
    await nextTick()
    post({ type: 'EMBED_READY', version: 1 })
  }
  return { embed, wrapper, post, openReady }
}

/** Seeds the customer's pending links as a previous page left them in sessionStorage. */
export function seedPendingLinks(...ticketIds: string[]) {
  const links = ticketIds.map((ticketId) => ({ ticketId, pipelineId: null, createdAt: '2026-11-29T10:00:00.000Z' }))
  sessionStorage.setItem(pendingLinksKey(CUSTOMER.qontakCustomerId), JSON.stringify(links))
}

/** Net `type` listeners added to `target` since the call: adds minus removes. */
export function countListeners(target: EventTarget, type: string) {
  const add = vi.spyOn(target, 'addEventListener')
  const remove = vi.spyOn(target, 'removeEventListener')
  return () => add.mock.calls.filter(([name]) => name === type).length - remove.mock.calls.filter(([name]) => name === type).length
}
