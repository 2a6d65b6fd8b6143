import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { createTicketEmbed } from 'ticket-embed/pixel3'
import App from './App.vue'
import { CRM_API_URL, CRM_EMBED_URL } from './crmUrls.js'
import { useFeatureFlagsStore, useUserStore } from './hostStores.js'
import './styles.css'

const pinia = createPinia()
const app = createApp(App).use(pinia)
// The host's own stores exist before the section reads them (they would after sign-in).
useUserStore(pinia)
useFeatureFlagsStore(pinia)

app.use(
  createTicketEmbed({
    embedBaseUrl: CRM_EMBED_URL,
    crmApiBaseUrl: CRM_API_URL,
    track: (name, props) => console.info('[analytics]', name, props),
    locale: 'en',
  }),
)
app.mount('#app')
