import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * The browser tests (`npm run test:e2e`): real Chromium against the running demo, kept out of
 * `npm test`. One demo and one browser per run (global setup), so files run one after another.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    // A test waits on real timers (ready timeout, link backoff) on a machine that may be busy.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Every test is slow by unit-test standards; show each one's duration rather than colour them all.
    slowTestThreshold: 60_000,
    reporters: ['verbose', ['json', { outputFile: 'tests/e2e/artifacts/results.json' }]],
  },
})
