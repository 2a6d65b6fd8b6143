import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * The consumer app's browser tests (`npm run test:host-app`, after the tarball is installed into
 * examples/host-app): the demo's form and API on free ports, the app built from the tarball and
 * served from its output on its own origin, Debian's Chromium.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/host-app/**/*.e2e.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    // A Vite build with pixel3's CSS extraction takes about a minute on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    slowTestThreshold: 60_000,
    reporters: ['verbose'],
  },
})
