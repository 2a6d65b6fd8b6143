// First: it wraps the timer functions before any other module can start a timer.
import { pendingTimers } from './timerCounter'
import { createApp, type App } from 'vue'
import type { UseTicketEmbedReturn } from '../../../../composables/useTicketEmbed'
import { requiredParam } from '../shared/pageParams'
import type { BenchApi } from './benchApi'
import { createCounters, snapshotCounters } from './benchCounters'
import BenchHost from './BenchHost.vue'
import { createFloodDriver } from './floodDriver'
import { installHandshakeDriver } from './handshakeDriver'
import { whenClosedForGood, whenState } from './whenState'

/**
 * The bench host page. `?mode=` picks what it sets up, so that each benchmark runs with its own
 * listeners only: `handshake` answers pings and collects results, `flood` adds the sender frames,
 * `leak` waits for the runner to mount the panel after it has counted the page's own listeners.
 */
const mode = requiredParam('mode')
const embedOrigin = requiredParam('embed')
const embedUrl = `${embedOrigin}/embed/index.html?host=${encodeURIComponent(location.origin)}`
const counters = createCounters()
/**
 * The leak cycles and the flood rounds wait out the close grace (`hidden.listening` → `hidden.idle`)
 * after every close: the leak cycles so that each proves the window ends with nothing left, the
 * flood so that its "closed" baseline has no panel listener. 1 ms keeps 1 000 cycles quick.
 */
const BENCH_CLOSE_GRACE_MS = 1

let app: App | null = null
let embed: UseTicketEmbedReturn | null = null
let lastEmbed: UseTicketEmbedReturn | null = null

const current = () => {
  if (!embed) throw new Error('the panel is not mounted')
  return embed
}
const panelFrame = () => embed?.iframe.value ?? null

function mount() {
  app = createApp(BenchHost, {
    embedUrl,
    closeGraceMs: mode === 'leak' || mode === 'flood' ? BENCH_CLOSE_GRACE_MS : undefined,
    counters,
    expose: (next: UseTicketEmbedReturn) => {
      embed = next
      lastEmbed = next
    },
  })
  app.mount('#app')
}

const handshakes = mode === 'handshake' ? installHandshakeDriver(embedOrigin, panelFrame) : null
const floods = mode === 'flood' ? createFloodDriver(embedOrigin, requiredParam('spoof'), () => panelFrame()?.contentWindow ?? null) : null
if (mode !== 'leak') mount()

const api: BenchApi = {
  isolated: () => crossOriginIsolated,
  mount,
  unmount() {
    app?.unmount()
    app = null
    embed = null
  },
  async open() {
    current().open()
    await whenState(current(), 'ready')
  },
  async close() {
    current().close()
    await whenState(current(), 'hidden')
  },
  async closedForGood() {
    await whenClosedForGood(current())
  },
  state: () => embed?.state.value ?? null,
  counters: () => snapshotCounters(counters),
  pendingTimers,
  liveChildActors: () => (embed ? Object.keys(embed.actorRef.getSnapshot().children).length : 0),
  actorStatus: () => lastEmbed?.actorRef.getSnapshot().status ?? null,
  async cycles(n) {
    for (let i = 0; i < n; i += 1) {
      await api.open()
      await api.close()
      await api.closedForGood()
    }
  },
  handshake(setting, warmup, reps) {
    if (!handshakes) throw new Error('open the page with ?mode=handshake')
    return handshakes.run(setting, warmup, reps)
  },
  hostListenerTime(warmup, reps) {
    if (!handshakes) throw new Error('open the page with ?mode=handshake')
    return handshakes.hostListenerTime(warmup, reps)
  },
  mountSenders() {
    if (!floods) throw new Error('open the page with ?mode=flood')
    return floods.mountSenders()
  },
  flood(target, perKind) {
    if (!floods) throw new Error('open the page with ?mode=flood')
    return floods.run(target, perKind)
  },
}
window.bench = api
