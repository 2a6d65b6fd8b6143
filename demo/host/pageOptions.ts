/** What the host page's URL can set, so a test (or a link) starts from a known state. */
export interface PageOptions {
  /** `?contact=cus-1002`. @default 'cus-1001' */
  contactId: string | null
  /** `?readyTimeoutMs=2000`: how long the panel waits for `EMBED_READY`. @default undefined (10 s) */
  readyTimeoutMs: number | undefined
  /** `?permission=off`. @default true */
  permission: boolean
  /** `?flag=off`. @default true */
  flag: boolean
  /** `?drawer=closed`. @default true */
  drawerOpen: boolean
}

const isOff = (value: string | null) => value === 'off' || value === '0' || value === 'false'

/** Reads {@link PageOptions} from `location.search`; anything unreadable keeps its default. */
export function readPageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search)
  const timeout = Number(params.get('readyTimeoutMs'))
  return {
    contactId: params.get('contact'),
    readyTimeoutMs: params.has('readyTimeoutMs') && Number.isInteger(timeout) && timeout > 0 ? timeout : undefined,
    permission: !isOff(params.get('permission')),
    flag: !isOff(params.get('flag')),
    drawerOpen: params.get('drawer') !== 'closed',
  }
}
