import { createPinia, setActivePinia } from 'pinia'
import { CREATE_TICKET_EMBED_FLAG, FEATURE_FLAGS_STORE_ID, USER_STORE_ID, useFeatureFlagsStore, useUserStore } from '../../stores'

describe('stores with the host app\'s ids and shapes', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('user: id "user", permissions grouped by area, one permission set at a time', () => {
    const user = useUserStore()
    expect(user.$id).toBe(USER_STORE_ID)
    expect(user.permissions).toEqual({})

    user.setPermission('customer_360', 'create_ticket_embed', true)
    user.setPermission('customer_360', 'view_tickets', true)
    user.setPermission('customer_360', 'create_ticket_embed', false)

    expect(user.permissions.customer_360?.permissions).toEqual([
      { name: 'view_tickets', is_enabled: true },
      { name: 'create_ticket_embed', is_enabled: false },
    ])
  })

  it('feature-flags: id "feature-flags", cdp_create_ticket_embed off by default', () => {
    const flags = useFeatureFlagsStore()
    expect(flags.$id).toBe(FEATURE_FLAGS_STORE_ID)
    expect(flags.featureFlags[CREATE_TICKET_EMBED_FLAG]).toBe(false)
    flags.setFlag(CREATE_TICKET_EMBED_FLAG, true)
    expect(flags.featureFlags.cdp_create_ticket_embed).toBe(true)
  })
})
