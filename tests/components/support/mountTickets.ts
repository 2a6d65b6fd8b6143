import { createTestingPinia } from '@pinia/testing'
import { MpToastManager } from '@mekari/pixel3'
import { fireEvent, render, screen } from '@testing-library/vue'
import { defineComponent, h, unref, type Ref } from 'vue'
import AssociatedTickets from '../../../components/AssociatedTickets.vue'
import type { TicketContact } from '../../../components/types'
import { CREATE_TICKET_PERMISSION_KEY, createTicketEmbed, type TicketEmbedConfig } from '../../../composables/ticketEmbedConfig'
import { useFeatureFlagsStore, useUserStore } from '../../../stores'
import { CRM_API } from './crmBackend'

/** Where the embed lives in these tests; the panel loads `${EMBED_BASE}/embed/ticket/create`. */
export const EMBED_BASE = 'https://crm.test'
export const EMBED_ORIGIN = 'https://crm.test'

export const CONTACT: TicketContact = { id: 'cus-1001', name: 'Ayu Lestari', phone: '+62811000111', email: 'ayu@example.com' }

/** How the host's `user` store looks: permission on or off, or no store / no `customer_360` group. */
export type PermissionSetup = 'enabled' | 'disabled' | 'missing-store' | 'missing-group'
/** How the host's `feature-flags` store looks. */
export type FlagSetup = 'on' | 'off' | 'missing-store'

export interface MountTicketsOptions {
  /** @default 'enabled' */
  permission?: PermissionSetup
  /** @default 'on' */
  flag?: FlagSetup
  /** Overrides of the config (the test's `track` and `onMessage` spies stay unless replaced). */
  config?: Partial<TicketEmbedConfig>
  /** A ref to switch customers on the same page. */
  contact?: TicketContact | Ref<TicketContact>
}

function userState(permission: PermissionSetup) {
  if (permission === 'missing-group') return { permissions: { settings: { permissions: [{ name: CREATE_TICKET_PERMISSION_KEY, is_enabled: true }] } } }
  return { permissions: { customer_360: { permissions: [{ name: CREATE_TICKET_PERMISSION_KEY, is_enabled: permission === 'enabled' }] } } }
}

/**
 * Mounts `AssociatedTickets` the way a host app does: Pinia with its `user` and `feature-flags`
 * stores, the config plugin, and one `<MpToastManager/>`. Only `MpIcon` is stubbed (it downloads
 * its SVGs from a CDN).
 */
export function mountTickets(options: MountTicketsOptions = {}) {
  const permission = options.permission ?? 'enabled'
  const flag = options.flag ?? 'on'
  const initialState: Record<string, unknown> = {}
  if (permission !== 'missing-store') initialState.user = userState(permission)
  if (flag !== 'missing-store') initialState['feature-flags'] = { featureFlags: { cdp_create_ticket_embed: flag === 'on' } }
  const pinia = createTestingPinia({ initialState, createSpy: vi.fn, stubActions: false })
  // The host app has (and has used) these stores; a "missing store" is one the host never created.
  if (permission !== 'missing-store') useUserStore(pinia)
  if (flag !== 'missing-store') useFeatureFlagsStore(pinia)

  const track = vi.fn()
  const onMessage = vi.fn()
  const plugin = createTicketEmbed({ embedBaseUrl: EMBED_BASE, crmApiBaseUrl: CRM_API, track, onMessage, ...options.config })
  const contact = options.contact ?? CONTACT
  const Host = defineComponent({
    name: 'HostPage',
    setup: () => () => h('main', [h(AssociatedTickets, { contact: unref(contact) }), h(MpToastManager)]),
  })
  const result = render(Host, { global: { plugins: [pinia, plugin], stubs: { MpIcon: true } } })
  return { ...result, pinia, track, onMessage, contact }
}

/** The panel's iframe (throws when there is none). */
export function getFrame(): HTMLIFrameElement {
  return screen.getByTitle('Create Ticket') as HTMLIFrameElement
}

/** Posts `data` to the page as if the embed sent it: from the panel's own iframe window and origin unless told otherwise. */
export function postFromEmbed(data: unknown, from: { origin?: string; source?: Window | null } = {}) {
  const source = from.source === undefined ? getFrame().contentWindow : from.source
  window.dispatchEvent(new MessageEvent('message', { data, origin: from.origin ?? EMBED_ORIGIN, source }))
}

/** The embed's messages, v1. */
export const embedMessage = {
  ready: (extra: { canReset?: boolean } = {}) => ({ type: 'EMBED_READY', version: 1, ...extra }),
  created: (ticketId: string, extra: { pipelineId?: string | null; isAutoAssociated?: boolean; subject?: string } = {}) => ({
    type: 'TICKET_CREATED',
    version: 1,
    ticketId,
    ...extra,
  }),
  createError: (errorCode: string, errorMessage?: string) => ({ type: 'TICKET_CREATE_ERROR', version: 1, errorCode, errorMessage }),
  close: () => ({ type: 'EMBED_CLOSE', version: 1 }),
  resize: (height: number) => ({ type: 'EMBED_RESIZE', version: 1, height }),
}

/** Opens the "+" menu (a click on an open menu would close it). */
export async function openMenu() {
  const trigger = screen.getByRole('button', { name: 'Add ticket' })
  if (trigger.getAttribute('aria-expanded') !== 'true') await fireEvent.click(trigger)
}

/** "+" → "Create Ticket". */
export async function openCreatePanel() {
  await openMenu()
  await fireEvent.click(screen.getByRole('button', { name: 'Create Ticket' }))
}

/** "+" → "Associate existing". */
export async function openAssociatePanel() {
  await openMenu()
  await fireEvent.click(screen.getByRole('button', { name: 'Associate existing' }))
}
