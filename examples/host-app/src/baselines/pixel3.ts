import { createApp } from 'vue'
import { createPinia } from 'pinia'
import PixelPage from './PixelPage.vue'
import '../styles.css'

// The size baseline of a page that already uses pixel3 (the components the Tickets section uses).
createApp(PixelPage).use(createPinia()).mount('#app')
