import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

/**
 * One page per way of using ticket-embed, plus two baselines for the size comparison.
 * `HOST_APP_PAGE=<name>` builds that page alone (how `npm run bench:size` weighs each one).
 */
const PAGES: Record<string, string> = {
  index: 'index.html',
  composable: 'composable.html',
  child: 'child.html',
  'baseline-core': 'baseline-core.html',
  'baseline-pixel3': 'baseline-pixel3.html',
}

const only = process.env.HOST_APP_PAGE
const pages = only ? { [only]: PAGES[only] ?? `${only}.html` } : PAGES

export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: process.env.HOST_APP_OUT_DIR ?? 'dist',
    // A modern browser target: no module-preload polyfill in every page.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: Object.fromEntries(Object.entries(pages).map(([name, file]) => [name, fileURLToPath(new URL(file, import.meta.url))])),
    },
  },
})
