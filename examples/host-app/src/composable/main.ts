import { createApp } from 'vue'
import CreateTicket from './CreateTicket.vue'
import '../styles.css'

createApp(CreateTicket).mount('#app')
