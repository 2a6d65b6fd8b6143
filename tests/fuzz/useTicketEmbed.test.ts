import fc from 'fast-check'
import { assertProperty, FUZZ_RUNS_COMPOSABLE, FUZZ_SEED, timeoutFor } from './support/fuzzConfig'
import { panelScenario } from './support/panelActions'
import { createPanelEnv } from './support/panelEnv'
import { PANEL_REGRESSIONS } from './support/panelRegressions'
import { runPanelScenario } from './support/panelRun'
import { createPanelStats, formatPanelStats } from './support/panelStats'

/** Actions per run: enough to open, create, link, fail and retry; short enough for 1 000 runs in `npm test`. */
const MAX_ACTIONS = 25
const TITLE = 'useTicketEmbed interleavings'
const DEEP_STATES = [
  '"error"',
  '"success"',
  '{"associating":"attempting"}',
  '{"associating":"backingOff"}',
  '{"hidden":"listening"}',
  '{"hidden":"warming"}',
  '{"hidden":"warm"}',
]

// The spies live in the test body: `restoreMocks` would undo spies made in `beforeAll`.
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe(`${TITLE} (seed ${FUZZ_SEED}, ${FUZZ_RUNS_COMPOSABLE} runs of up to ${MAX_ACTIONS} actions)`, () => {
  it('keep every invariant of the panel after every step, after draining timers and after unmount', { timeout: timeoutFor(FUZZ_RUNS_COMPOSABLE, 60) }, async () => {
    const env = createPanelEnv()
    const stats = createPanelStats()
    try {
      await assertProperty(
        TITLE,
        fc.asyncProperty(panelScenario(MAX_ACTIONS), (scenario) => runPanelScenario(env, scenario, stats)),
        FUZZ_RUNS_COMPOSABLE,
        PANEL_REGRESSIONS,
      )
    } finally {
      env.dispose()
    }
    console.info(formatPanelStats(stats))
    // Green runs only mean something if they reached the deep states: guard the generator's reach.
    if (FUZZ_RUNS_COMPOSABLE >= 1_000) {
      expect([...stats.states.keys()]).toEqual(expect.arrayContaining(DEEP_STATES))
      expect(stats.handledTickets).toBeGreaterThan(FUZZ_RUNS_COMPOSABLE / 20)
      expect(stats.linkedByRetryLink).toBeGreaterThan(0)
      expect(stats.createdAfterClose).toBeGreaterThan(0)
      expect(stats.earlyUnmounts).toBeGreaterThan(0)
    }
  })
})
