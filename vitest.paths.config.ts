import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { PATH_CONTACTS } from './tests/paths/support/contactPool'

/**
 * `npm run test:paths`: every generated model path (S*, T*) played in real Chromium on the demo.
 * One demo and one browser per run (global setup); the paths of the file run a few at a time, each
 * on its own seeded contact, in that contact's tab with a new host document.
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
    // Each path holds its contact's requests, so never more paths at once than seeded contacts; and
    // on two cores fewer pages at once finish sooner. Whole run on a quiet 2-core machine, 160
    // paths: 6 at once 6 min 23 s, 4 at once 6 min 5 s, 3 at once 5 min 29 s. At 3, 206 paths
    // (once "Create Ticket" was clicked only where the menu is placed): 142 s of paths, 157 s of tests.
    maxConcurrency: Math.min(3, PATH_CONTACTS.length),
    // Generous: a long path on a 2-core machine shared with other test runs.
    testTimeout: 240_000,
    hookTimeout: 180_000,
    slowTestThreshold: 30_000,
    reporters: ['default'],
  },
})
