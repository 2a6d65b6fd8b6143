import { watch, type WatchSource } from 'vue'
import type { TicketEmbedState, UseTicketEmbedReturn } from '../../../../composables/useTicketEmbed'

/** Resolves once `source` satisfies `done`; rejects after `timeoutMs` with `stuck()` so a stuck run says where. */
function waitUntil<T>(source: WatchSource<T>, done: (value: T) => boolean, timeoutMs: number, stuck: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    let stop = () => {}
    const timer = setTimeout(() => {
      stop()
      reject(new Error(stuck()))
    }, timeoutMs)
    stop = watch(
      source,
      (value) => {
        if (!done(value)) return
        clearTimeout(timer)
        // Not yet assigned when the value already matches: the immediate call runs inside `watch()`.
        queueMicrotask(() => stop())
        resolve()
      },
      { immediate: true, flush: 'sync' },
    )
  })
}

/** Resolves once the panel is in `wanted`; rejects after `timeoutMs` so a stuck run says where. */
export function whenState(embed: UseTicketEmbedReturn, wanted: TicketEmbedState, timeoutMs = 10_000): Promise<void> {
  return waitUntil(embed.state, (state) => state === wanted, timeoutMs, () => `the panel stayed "${embed.state.value}", never "${wanted}"`)
}

/** Resolves once the panel's iframe may go (`hidden.idle`): the close grace is over. */
export function whenClosedForGood(embed: UseTicketEmbedReturn, timeoutMs = 60_000): Promise<void> {
  return waitUntil(
    embed.frameMounted,
    (mounted) => !mounted,
    timeoutMs,
    () => `the panel still keeps its frame after ${timeoutMs} ms (${JSON.stringify(embed.snapshot.value.value)})`,
  )
}
