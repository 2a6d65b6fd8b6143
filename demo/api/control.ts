import { field, readRecord } from '../../protocol/record'

/** Fault injection settings of the stand-in API, driven by the demo's dev drawer and e2e tests. */
export interface ControlSettings {
  /** The next N associate calls answer {@link ControlSettings.linkFailStatus}. */
  linkFailures: number
  /** Status of an injected associate failure. */
  linkFailStatus: number
  /** `POST /v1/tickets` answers 500. */
  createFails: boolean
  /**
   * `POST /v1/tickets` waits, unanswered, until this is set back to `false` (or the API is reset):
   * a create request "on its way" for as long as a test or the agent trying the demo needs.
   */
  holdCreates: boolean
  /** `GET /v1/leads/:contactId/tickets` answers 500. */
  listFails: boolean
  /** Milliseconds every `/v1` request waits before it is handled. */
  delayMs: number
  /** Whether a created ticket is linked to its contact by the CRM itself, unless the body says otherwise. */
  autoAssociate: boolean
  /**
   * When the reference embed says `EMBED_READY`: at once, after {@link ControlSettings.slowReadyMs},
   * or never. The API only stores it; the embed page reads it when it loads.
   */
  embedReady: EmbedReadyMode
  /** Milliseconds the embed waits before `EMBED_READY` when `embedReady` is `'slow'`. */
  slowReadyMs: number
}

/** How the reference embed announces itself; see {@link ControlSettings.embedReady}. */
export type EmbedReadyMode = 'normal' | 'slow' | 'never'

/** Every {@link EmbedReadyMode}, for readers and for the dev drawer's choices. */
export const EMBED_READY_MODES: readonly EmbedReadyMode[] = ['normal', 'slow', 'never']

/** Settings after start and after `POST /__control/reset`. */
export const DEFAULT_CONTROL: Readonly<ControlSettings> = Object.freeze({
  linkFailures: 0,
  linkFailStatus: 503,
  createFails: false,
  holdCreates: false,
  listFails: false,
  delayMs: 0,
  autoAssociate: true,
  embedReady: 'normal',
  slowReadyMs: 3000,
})

type Reader = (value: unknown) => boolean
const isIntIn = (min: number, max: number): Reader => (v) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max
const isBoolean: Reader = (v) => typeof v === 'boolean'
const isEmbedReadyMode: Reader = (v) => (EMBED_READY_MODES as readonly unknown[]).includes(v)

const READERS: Readonly<Record<keyof ControlSettings, Reader>> = {
  linkFailures: isIntIn(0, 1000),
  linkFailStatus: isIntIn(400, 599),
  createFails: isBoolean,
  holdCreates: isBoolean,
  listFails: isBoolean,
  delayMs: isIntIn(0, 60_000),
  autoAssociate: isBoolean,
  embedReady: isEmbedReadyMode,
  slowReadyMs: isIntIn(0, 60_000),
}

/**
 * Applies a partial update from `POST /__control`. Returns the new settings, or a reason
 * (`'not-object'`, `'unknown-field:x'`, `'bad-field:x'`) so a typo in a test fails loudly instead
 * of silently leaving the default in place.
 */
export function applyControlPatch(current: Readonly<ControlSettings>, patch: unknown): ControlSettings | string {
  const record = readRecord(patch)
  if (typeof record === 'string') return record
  const next: ControlSettings = { ...current }
  for (const key of Object.keys(record)) {
    if (!Object.prototype.hasOwnProperty.call(READERS, key)) return `unknown-field:${key}`
    const name = key as keyof ControlSettings
    const value = field(record, name)
    if (!READERS[name](value)) return `bad-field:${name}`
    ;(next as unknown as Record<string, unknown>)[name] = value
  }
  return next
}
