import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/** Peers stay external: the host app brings its own copy, and two copies of Vue or XState break. */
const PEERS = [/^vue$/, /^pinia$/, /^xstate$/, /^@xstate\//, /^@mekari\//]

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/**
 * `vite build` writes the two host entries (`ticket-embed`, `ticket-embed/pixel3`), which share
 * chunks so a page using both loads the core once. `vite build --mode child` writes
 * `ticket-embed/child` on its own, as one file with no shared chunk: the CRM's page loads it and
 * nothing else.
 */
const ENTRIES: Record<string, Record<string, string>> = {
  host: { index: entry('./index.ts'), pixel3: entry('./pixel3.ts') },
  child: { child: entry('./child/index.ts') },
}

export default defineConfig(({ mode }) => ({
  plugins: [vue()],
  build: {
    target: 'es2020',
    sourcemap: true,
    emptyOutDir: mode !== 'child',
    lib: {
      entry: mode === 'child' ? ENTRIES.child! : ENTRIES.host!,
      formats: ['es'],
    },
    // The chunk both host entries share: the headless core.
    rollupOptions: { external: PEERS, output: { chunkFileNames: 'core-[hash].js' } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/host-app/**', 'node_modules/**'],
    restoreMocks: true,
    // Guards against a hang, not measures: with the browser suite running beside it on a busy
    // 2-core machine, a mounted-component test that takes 1 s alone can take 10 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
}))
