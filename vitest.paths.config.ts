import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { PATH_CONTACTS } from './tests/paths/support/contactPool'

/**
 * `npm run test:paths`: every generated model path (S*, T*) played in real Chromium on the demo.
 * One demo and one browser per run (global setup); the paths of the file run a few at a time, each
 * in a fresh browser context on its own seeded contact.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/paths/**/*.paths.ts'],
    globalSetup: ['tests/paths/support/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    // As many paths at once as the demo has seeded contacts (each path holds its contact's requests).
    maxConcurrency: PATH_CONTACTS.length,
    // Generous: a long path on a 2-core machine shared with other test runs.
    testTimeout: 240_000,
    hookTimeout: 180_000,
    slowTestThreshold: 30_000,
    reporters: ['default'],
  },
})
