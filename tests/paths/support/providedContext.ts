import type { DemoUrls } from '../../../demo/demoUrls'

/** What the global setup of `npm run test:paths` hands to the test file. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** The demo the paths run on, on free ports. */
    pathsDemoUrls: DemoUrls
    /** The Chromium every path opens its context in. */
    pathsBrowserWsEndpoint: string
  }
}

export {}
