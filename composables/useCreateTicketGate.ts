import { computed, watch, type ComputedRef } from 'vue'
import { getActivePinia, type Pinia } from 'pinia'
import { isValidEmbedUrl } from '../machines/embedUrl'
import { CREATE_TICKET_EMBED_FLAG, FEATURE_FLAGS_STORE_ID } from '../stores/featureFlagsStore'
import { USER_STORE_ID } from '../stores/userStore'
import { useTicketEmbedConfig } from './ticketEmbedConfig'
import { gateClosedBecause, wrongStoreShapes } from './gateDiagnosis'
import { isDevelopment, reportOnce } from './reportOnce'

/** The permission group the ticket-create permission lives in. */
export const CUSTOMER_360_PERMISSION_GROUP = 'customer_360'

/** Options of `useCreateTicketGate`; each falls back to the provided config. */
export interface UseCreateTicketGateOptions {
  /**
   * Name of the ticket-create permission (OQ-4).
   * @default the config's `permissionKey` (`CREATE_TICKET_PERMISSION_KEY`)
   */
  permissionKey?: string
  /**
   * The embed page the panel would load.
   * @default the config's `${embedBaseUrl}/embed/ticket/create`
   */
  embedUrl?: string
  /**
   * The Pinia whose stores are read.
   * @default the app's Pinia (`getActivePinia()`)
   */
  pinia?: Pinia
}

/** What `useCreateTicketGate` returns. */
export interface UseCreateTicketGateReturn {
  /** "Create Ticket" may be offered: permission on, flag on, embed URL valid (TCKT-S07-NEG). */
  canCreateTicket: ComputedRef<boolean>
}

/**
 * `value[key]` when it is the object's own: a throwing getter reads as missing, and so does a key
 * only found on a (possibly polluted) prototype. The plain read comes first so Vue tracks it, even
 * for a key that does not exist yet.
 */
function read(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    const found = (value as Record<string, unknown>)[key]
    return Object.prototype.hasOwnProperty.call(value, key) ? found : undefined
  } catch {
    return undefined
  }
}

/** `user.permissions.customer_360.permissions` holds `{ name: key, is_enabled: true }`. */
export function hasCreateTicketPermission(userState: unknown, permissionKey: string): boolean {
  const group = read(read(userState, 'permissions'), CUSTOMER_360_PERMISSION_GROUP)
  const permissions = read(group, 'permissions')
  if (!Array.isArray(permissions)) return false
  return permissions.some((permission) => read(permission, 'name') === permissionKey && read(permission, 'is_enabled') === true)
}

/** `featureFlags.cdp_create_ticket_embed` is exactly `true`. */
export function isCreateTicketFlagOn(flagsState: unknown): boolean {
  return read(read(flagsState, 'featureFlags'), CREATE_TICKET_EMBED_FLAG) === true
}

function activePinia(): Pinia | undefined {
  try {
    return getActivePinia()
  } catch {
    return undefined
  }
}

/**
 * Whether the agent may create a ticket in the embedded form (DESIGN §5, TCKT-S07-NEG): the
 * ticket-create permission is enabled in the user store's `customer_360` group, the
 * `cdp_create_ticket_embed` flag is on, and the embed URL is one the panel may load. Anything
 * missing — no Pinia, no store, no group, a field of the wrong type — reads as `false`; it never
 * throws into the host page.
 *
 * It reads `pinia.state.value.user` and `pinia.state.value['feature-flags']` instead of calling a
 * `useStore()`. Calling our `useUserStore()` first would instantiate *our* definition under the id
 * `user`, and a host whose own `user` store is created later would then get ours back, without its
 * actions and getters. Reading the state never creates a store, stays reactive (the value flips
 * as soon as the host's store appears or changes), and works the same for the host's real stores,
 * for ours, and for `createTestingPinia({ initialState })` once the store has been used.
 */
export function useCreateTicketGate(options: UseCreateTicketGateOptions = {}): UseCreateTicketGateReturn {
  const config = useTicketEmbedConfig()
  const permissionKey = options.permissionKey ?? config.permissionKey
  const embedUrlIsValid = isValidEmbedUrl(options.embedUrl ?? config.embedUrl)
  const pinia = options.pinia ?? activePinia()

  const states = computed(() => {
    try {
      return (pinia?.state.value ?? {}) as Record<string, unknown>
    } catch {
      return {}
    }
  })
  const canCreateTicket = computed(() => {
    if (!embedUrlIsValid || !pinia) return false
    const state = states.value
    return hasCreateTicketPermission(state[USER_STORE_ID], permissionKey) && isCreateTicketFlagOn(state[FEATURE_FLAGS_STORE_ID])
  })

  // A store of the wrong shape is a bug in the host at any time; a closed gate is normal in
  // production (no permission, flag off), so only development says which condition closed it.
  // Computed, so it follows the stores deeply: a host store created or changed later is seen too.
  const findings = computed(() => {
    const found: { level: 'error' | 'info'; message: string }[] = wrongStoreShapes(states.value).map((message) => ({ level: 'error', message }))
    if (!canCreateTicket.value && isDevelopment()) {
      const reason = gateClosedBecause({ embedUrlIsValid, hasPinia: pinia !== undefined, state: states.value, permissionKey })
      if (reason) found.push({ level: 'info', message: `[ticket-embed] "Create Ticket" is hidden: ${reason}` })
    }
    return found
  })
  // Keyed by the text, so an unchanged diagnosis after a store update logs nothing new.
  const findingsText = computed(() => findings.value.map((finding) => finding.message).join('\n'))
  watch(findingsText, () => findings.value.forEach(({ level, message }) => reportOnce(level, message)), { immediate: true })
  return { canCreateTicket }
}
