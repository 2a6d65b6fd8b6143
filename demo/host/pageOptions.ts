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
  /**
   * The speed strategies, each `on`/`off` (`preload=intent|none`), for comparing them
   * (`npm run bench:latency`); absent ones keep the library's defaults.
   */
  speed: {
    preconnect?: boolean
    preload?: 'intent' | 'none'
    keepFrame?: boolean
    optimisticList?: boolean
  }
}

const isOff = (value: string | null) => value === 'off' || value === '0' || value === 'false'
const isOn = (value: string | null) => value === 'on' || value === '1' || value === 'true'

/** `on`/`off` → `true`/`false`; absent or unreadable → `undefined` (the library's default). */
function readSwitch(params: URLSearchParams, name: string): boolean | undefined {
  const value = params.get(name)
  if (isOn(value)) return true
  return isOff(value) ? false : undefined
}

function readSpeed(params: URLSearchParams): PageOptions['speed'] {
  const speed: PageOptions['speed'] = {}
  const preconnect = readSwitch(params, 'preconnect')
  const keepFrame = readSwitch(params, 'keepFrame')
  const optimisticList = readSwitch(params, 'optimisticList')
  const preload = params.get('preload')
  if (preconnect !== undefined) speed.preconnect = preconnect
  if (preload === 'intent' || preload === 'none') speed.preload = preload
  if (keepFrame !== undefined) speed.keepFrame = keepFrame
  if (optimisticList !== undefined) speed.optimisticList = optimisticList
  return speed
}

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
    speed: readSpeed(params),
  }
}
