import { watch } from 'vue'
import type { TicketEmbedState, UseTicketEmbedReturn } from '../../../../composables/useTicketEmbed'

/** Resolves once the panel is in `wanted`; rejects after `timeoutMs` so a stuck run says where. */
export function whenState(embed: UseTicketEmbedReturn, wanted: TicketEmbedState, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let stop = () => {}
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`the panel stayed "${embed.state.value}", never "${wanted}"`))
    }, timeoutMs)
    stop = watch(
      embed.state,
      (state) => {
        if (state !== wanted) return
        clearTimeout(timer)
        // Not yet assigned when the state already matches: the immediate call runs inside `watch()`.
        queueMicrotask(() => stop())
        resolve()
      },
      { immediate: true, flush: 'sync' },
    )
  })
}
