import { createApp, h } from 'vue'
import { createPinia, defineStore } from 'pinia'
import { createActor, setup } from 'xstate'
import { useSelector } from '@xstate/vue'

// The size baseline of a page that already uses Vue, Pinia and XState: what ticket-embed's
// composable page is compared with.
const toggle = setup({}).createMachine({ initial: 'off', states: { off: { on: { toggle: 'on' } }, on: { on: { toggle: 'off' } } } })
const useCounter = defineStore('counter', { state: () => ({ count: 0 }) })

createApp({
  setup() {
    const actor = createActor(toggle).start()
    const value = useSelector(actor, (snapshot) => snapshot.value)
    const counter = useCounter()
    return () => h('button', { onClick: () => (actor.send({ type: 'toggle' }), counter.count++) }, `${String(value.value)} ${counter.count}`)
  },
})
  .use(createPinia())
  .mount('#app')
