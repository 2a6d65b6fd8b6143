/**
 * The host page: a Customer 360 screen with the package's Tickets section, configured the way a
 * host app would (Pinia, the `createTicketEmbed` plugin, one `<MpToastManager/>` in `App.vue`),
 * plus the dev drawer.
 */
import './host.css'
import './drawer.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { createTicketEmbed, CREATE_TICKET_PERMISSION_KEY } from '../../composables/ticketEmbedConfig'
import { CUSTOMER_360_PERMISSION_GROUP } from '../../composables/useCreateTicketGate'
import { CREATE_TICKET_EMBED_FLAG, useFeatureFlagsStore, useUserStore } from '../../stores'
import { demoConfig } from '../shared/demoConfig'
import App from './App.vue'
import { followSnapshot } from './activeStatePath'
import { useAnalyticsStore } from './analyticsStore'
import { useMessageLogStore } from './messageLogStore'
import { readPageOptions } from './pageOptions'
import { createPathsProbe } from './pathsHook'
import { routeIconsLocally } from './routeIconsLocally'

routeIconsLocally(window)

const options = readPageOptions(window.location.search)
const pinia = createPinia()
const log = useMessageLogStore(pinia)
const analytics = useAnalyticsStore(pinia)
const pathsProbe = createPathsProbe(window)

// The host app's own stores, as it would have filled them after sign-in; the drawer flips them.
useUserStore(pinia).setPermission(CUSTOMER_360_PERMISSION_GROUP, CREATE_TICKET_PERMISSION_KEY, options.permission)
useFeatureFlagsStore(pinia).setFlag(CREATE_TICKET_EMBED_FLAG, options.flag)

createApp(App, { options })
  .use(pinia)
  .use(
    createTicketEmbed({
      embedBaseUrl: demoConfig.embedOrigin,
      crmApiBaseUrl: demoConfig.api,
      readyTimeoutMs: options.readyTimeoutMs,
      ...options.speed,
      onMessage: (entry) => {
        log.add(entry)
        pathsProbe?.onMessage(entry)
      },
      onSnapshot: (snapshot) => {
        followSnapshot(snapshot)
        pathsProbe?.onSnapshot(snapshot)
      },
      track: (name, props) => analytics.track(name, props),
    }),
  )
  .mount('#app')
