/**
 * pixel3's `MpIcon` downloads each SVG from this CDN at run time (`icon_base_url` in
 * `@mekari/pixel3-icon`'s config, not exported by the package). The demo must work offline, so the
 * host page sends those requests to its own server instead.
 */
export const PIXEL3_ICON_CDN = 'https://cdn-staging.mekari.design/icons/'

/** Where the host server answers icon requests: `/__pixel3-icons/done-outline.svg`. */
export const LOCAL_ICON_PATH = '/__pixel3-icons/'
