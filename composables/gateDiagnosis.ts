import { CREATE_TICKET_EMBED_FLAG, FEATURE_FLAGS_STORE_ID } from '../stores/featureFlagsStore'
import { USER_STORE_ID } from '../stores/userStore'

/** The shapes the gate reads, as the host's stores must hold them. */
export const USER_STORE_SHAPE = `{ permissions: { customer_360: { permissions: [{ name: string, is_enabled: boolean }] } } }`
export const FEATURE_FLAGS_STORE_SHAPE = `{ featureFlags: { ${CREATE_TICKET_EMBED_FLAG}: boolean } }`

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Own property, never a getter that throws or a key from the prototype. */
function own(value: unknown, key: string): unknown {
  if (!isPlainObject(value)) return undefined
  try {
    return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined
  } catch {
    return undefined
  }
}

/**
 * Messages for stores that exist but do not have the shape the gate reads: the gate then stays
 * closed for every agent, which looks like a missing permission unless someone says so.
 */
export function wrongStoreShapes(state: Record<string, unknown>): string[] {
  const problems: string[] = []
  const user = own(state, USER_STORE_ID)
  if (user !== undefined) {
    const groups = own(user, 'permissions')
    const group = own(groups, 'customer_360')
    const wrong = !isPlainObject(groups) || (group !== undefined && !Array.isArray(own(group, 'permissions')))
    if (wrong) {
      problems.push(
        `[ticket-embed] the "${USER_STORE_ID}" Pinia store has the wrong shape for the Create Ticket gate: expected state ${USER_STORE_SHAPE}. ` +
          'Map the host\'s permissions into that shape (see "Stores" in the ticket-embed README).',
      )
    }
  }
  const flags = own(state, FEATURE_FLAGS_STORE_ID)
  if (flags !== undefined && !isPlainObject(own(flags, 'featureFlags'))) {
    problems.push(
      `[ticket-embed] the "${FEATURE_FLAGS_STORE_ID}" Pinia store has the wrong shape for the Create Ticket gate: expected state ${FEATURE_FLAGS_STORE_SHAPE}. ` +
        'Map the host\'s flags into that shape (see "Stores" in the ticket-embed README).',
    )
  }
  return problems
}

/** What the gate knows when it decides. */
export interface GateFacts {
  embedUrlIsValid: boolean
  hasPinia: boolean
  state: Record<string, unknown>
  permissionKey: string
}

/** The first condition that keeps "Create Ticket" hidden, as a sentence with the fix; `null` when none does. */
export function gateClosedBecause(facts: GateFacts): string | null {
  if (!facts.embedUrlIsValid) return 'the embed URL is missing or refused (see the error above about embedBaseUrl).'
  if (!facts.hasPinia) return 'no Pinia is installed: app.use(createPinia()) before mounting.'
  const user = own(facts.state, USER_STORE_ID)
  if (user === undefined) return `there is no "${USER_STORE_ID}" Pinia store: the host's own, or useUserStore(), with state ${USER_STORE_SHAPE}.`
  const permissions = own(own(own(user, 'permissions'), 'customer_360'), 'permissions')
  const entry = Array.isArray(permissions) ? permissions.find((permission) => own(permission, 'name') === facts.permissionKey) : undefined
  if (own(entry, 'is_enabled') !== true) {
    return `the permission "${facts.permissionKey}" is not enabled in the "${USER_STORE_ID}" store's customer_360 group (set permissionKey if the host names it differently).`
  }
  const flags = own(facts.state, FEATURE_FLAGS_STORE_ID)
  if (flags === undefined) return `there is no "${FEATURE_FLAGS_STORE_ID}" Pinia store: the host's own, or useFeatureFlagsStore(), with state ${FEATURE_FLAGS_STORE_SHAPE}.`
  if (own(own(flags, 'featureFlags'), CREATE_TICKET_EMBED_FLAG) !== true) return `the feature flag "${CREATE_TICKET_EMBED_FLAG}" is not true in the "${FEATURE_FLAGS_STORE_ID}" store.`
  return null
}
