import type { TicketEmbedState } from '../../../../composables/useTicketEmbed'
import type { BenchCounters } from './benchCounters'
import type { FloodRun, FloodTarget } from './floodDriver'
import type { HandshakeSamples, HandshakeSetting } from './handshakeDriver'

/** What the bench host page offers the runner, as `window.bench`. */
export interface BenchApi {
  /** Both pages' `crossOriginIsolated`: `performance.now()` only has fine steps when true. */
  isolated(): boolean
  mount(): void
  unmount(): void
  /** Opens the panel and resolves once it is `ready`. */
  open(): Promise<void>
  /** Closes the panel and resolves once it is `hidden` (out of sight; its frame may still be heard). */
  close(): Promise<void>
  /** Resolves once a closed panel's grace is over: no frame, no listener, no timer (`hidden.idle`). */
  closedForGood(): Promise<void>
  /** The panel's top-level state; `null` while unmounted. */
  state(): TicketEmbedState | null
  counters(): BenchCounters
  pendingTimers(): number
  /** Actors the panel's actor has invoked or spawned and not stopped. */
  liveChildActors(): number
  /** `active` while mounted, `stopped` after unmount; `null` before the first mount. */
  actorStatus(): string | null
  /** `n` open → ready → close → hidden (grace over) cycles. */
  cycles(n: number): Promise<void>
  handshake(setting: HandshakeSetting, warmup: number, reps: number): Promise<HandshakeSamples>
  /** Per `EMBED_READY`, how long the host page's listeners ran (ms). */
  hostListenerTime(warmup: number, reps: number): Promise<number[]>
  mountSenders(): Promise<void>
  flood(target: FloodTarget, perKind: number): Promise<FloodRun>
}

declare global {
  interface Window {
    bench: BenchApi
  }
}
