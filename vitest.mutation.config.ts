import { defineConfig } from 'vitest/config'
import GROUPS from './scripts/mutation/groups.json'
import baseConfig from './vite.config'

const group = process.env.MUTATION_GROUP ?? ''
const groups: Record<string, { tests: string[] }> = GROUPS

/**
 * The tests Stryker runs against each mutant of a group (stryker.config.mjs, docs/mutation.md):
 * the group's own unit, model-based and fuzz tests (scripts/mutation/groups.json). Each group must
 * be proven by the tests of its own concern; a mutant only some distant suite notices counts as a
 * survivor. Without MUTATION_GROUP: every unit, model and fuzz test.
 * Fuzz properties run few cases here: each mutant re-runs them, the full counts belong to
 * `npm run test:fuzz`, and the fixed seed makes every mutant's run the same.
 */
export default defineConfig((env) => {
  const base = baseConfig(env)
  return {
    ...base,
    test: {
      ...base.test,
      // Replaces the base list (mergeConfig would append to it).
      include: groups[group]?.tests ?? ['tests/unit/**/*.test.ts', 'tests/model/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
      env: { FUZZ_RUNS: '60', FUZZ_RUNS_COMPOSABLE: '40' },
      // Runners on shared cores: a test must fail on what it checks, never on the load.
      testTimeout: 30_000,
      hookTimeout: 30_000,
      // One jsdom for all files instead of one per file: a run drops from minutes to seconds here, and
      // every suite passes this way too (each test resets what it touches).
      isolate: false,
    },
  }
})
