import { defineStore } from 'pinia'

/** The store id the host app uses for feature flags; ours shares it on purpose. */
export const FEATURE_FLAGS_STORE_ID = 'feature-flags'

/** The flag that turns the embedded create-ticket form on (TCKT-S07-NEG). */
export const CREATE_TICKET_EMBED_FLAG = 'cdp_create_ticket_embed'

/** State of the `feature-flags` store. Unknown flags read as off. */
export interface FeatureFlagsStoreState {
  featureFlags: Record<string, boolean | undefined> & { [CREATE_TICKET_EMBED_FLAG]: boolean }
}

/**
 * The `feature-flags` store, with the host app's id and shape. Like `useUserStore`, the gate
 * only reads its state, so a host's own `feature-flags` store keeps working unchanged.
 */
// Pure: a page that never uses this store does not ship it, nor Pinia for it.
export const useFeatureFlagsStore = /* @__PURE__ */ defineStore(FEATURE_FLAGS_STORE_ID, {
  state: (): FeatureFlagsStoreState => ({ featureFlags: { [CREATE_TICKET_EMBED_FLAG]: false } }),
  actions: {
    /** Sets one flag. */
    setFlag(name: string, value: boolean) {
      this.featureFlags[name] = value
    },
  },
})
