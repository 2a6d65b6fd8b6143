import { defineStore } from 'pinia'

/** The store id the host app uses for the signed-in user; ours shares it on purpose. */
export const USER_STORE_ID = 'user'

/** One permission as the host app's user store keeps it. */
export interface UserPermission {
  name: string
  is_enabled: boolean
}

/** A group of permissions, e.g. `customer_360`. */
export interface UserPermissionGroup {
  permissions: UserPermission[]
}

/** State of the `user` store: permissions grouped by product area. */
export interface UserStoreState {
  permissions: Record<string, UserPermissionGroup | undefined>
}

/**
 * The `user` store, with the host app's id and shape. A host that has its own `user` store keeps
 * using it: the gate only reads `pinia.state.value.user` and never instantiates this store, so this
 * definition cannot shadow the host's actions and getters. Use it where no host store exists (the
 * demo, tests).
 */
// Pure: a page that never uses this store does not ship it, nor Pinia for it.
export const useUserStore = /* @__PURE__ */ defineStore(USER_STORE_ID, {
  state: (): UserStoreState => ({ permissions: {} }),
  actions: {
    /** Turns one permission of a group on or off, creating the group and the entry when missing. */
    setPermission(group: string, name: string, isEnabled: boolean) {
      const current = this.permissions[group] ?? { permissions: [] }
      const others = current.permissions.filter((permission) => permission.name !== name)
      this.permissions[group] = { permissions: [...others, { name, is_enabled: isEnabled }] }
    },
  },
})
