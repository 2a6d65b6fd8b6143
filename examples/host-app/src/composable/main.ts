import { createApp } from 'vue'
import CreateTicket from './CreateTicket.vue'

createApp(CreateTicket).mount('#app')
