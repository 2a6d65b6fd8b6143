/** Where pixel3 0.3.1's `MpIcon` fetches its SVGs from (`icon_base_url` in `@mekari/pixel3-icon`). */
export const PIXEL3_ICON_ORIGIN = 'https://cdn-staging.mekari.design'

/**
 * The Content-Security-Policy the README gives a host, for a CRM on `embedOrigin` with its API on
 * `apiOrigin`: the consumer app is served with it, so a rule the README forgets fails the test.
 */
export function hostContentSecurityPolicy(embedOrigin: string, apiOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // pixel3's toasts add a <style> element, and the components set a few inline layout styles.
    "style-src 'self' 'unsafe-inline'",
    `frame-src ${embedOrigin}`,
    `connect-src 'self' ${apiOrigin} ${PIXEL3_ICON_ORIGIN}`,
    "img-src 'self' data:",
  ].join('; ')
}
