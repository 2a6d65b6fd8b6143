import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/** Names the run and its results file; the global setup checks the name (`tests/e2e/driver/engines.ts`). */
const engine = process.env.E2E_BROWSER?.trim().toLowerCase() || 'chromium'

/**
 * The browser tests in one engine (`E2E_BROWSER`: chromium, firefox or webkit; `npm run test:e2e`
 * runs each in turn), kept out of `npm test`. One demo per run (global setup) and one browser per
 * run: every file runs in the same worker (`isolate: false`), which launches the engine once
 * (`engine` fixture, worker scope); each test opens its own isolated session.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: `e2e-${engine}`,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    fileParallelism: false,
    isolate: false,
    pool: 'forks',
    maxWorkers: 1,
    // A guard against a hang, not a measure: the first test also pays for launching the engine and
    // warming the pages (a minute and more in WebKit on a busy 2-core machine).
    testTimeout: 300_000,
    hookTimeout: 240_000,
    // Every test is slow by unit-test standards; show each one's duration rather than colour them all.
    slowTestThreshold: 60_000,
    reporters: ['verbose', ['json', { outputFile: `tests/e2e/artifacts/${engine}/results.json` }]],
  },
})
