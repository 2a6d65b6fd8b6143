import { defineConfig } from 'vitest/config'
import GROUPS from './scripts/mutation/groups.json'
import baseConfig from './vite.config'

const group = process.env.MUTATION_GROUP ?? ''
const withComponentTests = (GROUPS as Record<string, { componentTests: boolean }>)[group]?.componentTests !== false

/**
 * The suites Stryker runs against each mutant (stryker.config.mjs): unit, model-based and fuzz
 * tests, plus the component tests for the groups they exercise (the machine and the composable
 * through the real panel). Browser tests and benchmarks stay out: they start servers and browsers.
 * Fuzz properties run few cases here: each mutant re-runs them, the full counts belong to
 * `npm run test:fuzz`, and the fixed seed makes every mutant's run the same.
 */
export default defineConfig({
  ...baseConfig,
  test: {
    ...baseConfig.test,
    // Replaces the base list (mergeConfig would append to it).
    include: [
      'tests/unit/**/*.test.ts',
      'tests/model/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
      ...(withComponentTests ? ['tests/components/**/*.test.ts'] : []),
    ],
    env: { FUZZ_RUNS: '60', FUZZ_RUNS_COMPOSABLE: '40' },
    // Two runners on two shared cores: mounting a panel can take seconds, and a test must fail on
    // what it checks, never on the load.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
