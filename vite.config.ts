import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/** Peers stay external: the host app brings its own copy, and two copies of Vue or XState break. */
const PEERS = [/^vue$/, /^pinia$/, /^xstate$/, /^@xstate\//, /^@mekari\//]

export default defineConfig({
  plugins: [vue()],
  build: {
    target: 'es2020',
    sourcemap: true,
    lib: {
      entry: {
        index: fileURLToPath(new URL('./index.ts', import.meta.url)),
        child: fileURLToPath(new URL('./child/index.ts', import.meta.url)),
      },
      formats: ['es'],
    },
    rollupOptions: { external: PEERS },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // Guards against a hang, not measures: with the browser suite running beside it on a busy
    // 2-core machine, a mounted-component test that takes 1 s alone can take 10 s.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
