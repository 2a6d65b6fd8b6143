import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * The bench's own tests, kept out of `npm test` (the main config excludes `tests/bench/`):
 * `npx vitest run --config tests/bench/vitest.config.ts`.
 */
// eslint-disable-next-line no-restricted-syntax -- Vitest reads a config file's default export.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    globals: true,
    include: ['tests/bench/**/*.test.ts'],
  },
})
