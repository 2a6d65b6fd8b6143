import type { DemoUrls } from '../../../demo/demoUrls'

/** What the global setup hands to every test file (`project.provide` → injected fixtures). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The running demo's URLs, on free ports. */
    demoUrls: DemoUrls
  }
}

export {}
