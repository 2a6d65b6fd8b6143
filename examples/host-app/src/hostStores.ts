import { defineStore } from 'pinia'

/**
 * The host app's own stores, with the ids and state shapes ticket-embed's gate reads
 * (`user.permissions.customer_360.permissions[]` and `featureFlags.cdp_create_ticket_embed`). They
 * have actions of their own; the gate only reads their state.
 */
export const useUserStore = defineStore('user', {
  state: () => ({
    name: 'Agent Smith',
    permissions: {
      customer_360: { permissions: [{ name: 'create_ticket_embed', is_enabled: true }] },
    } as Record<string, { permissions: { name: string; is_enabled: boolean }[] }>,
  }),
  actions: {
    signOut() {
      this.permissions = {}
    },
  },
})

export const useFeatureFlagsStore = defineStore('feature-flags', {
  state: () => ({ featureFlags: { cdp_create_ticket_embed: true } as Record<string, boolean> }),
})
