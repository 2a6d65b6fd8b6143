import type { DemoUrls } from '../../../demo/demoUrls'

/** What the global setup hands to every test file (`project.provide` → injected fixtures). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The running demo's URLs, on free ports. */
    demoUrls: DemoUrls
    /** The shared Chromium, launched once per run; each test file connects to it. */
    browserWsEndpoint: string
  }
}

export {}
