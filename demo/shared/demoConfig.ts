import type { DemoUrls } from '../demoUrls'

/** Put in by the demo server (Vite `define`), so that no page guesses another one's port. */
declare const __DEMO_CONFIG__: DemoUrls

/** The running demo's origins and URLs. */
export const demoConfig: DemoUrls = __DEMO_CONFIG__
