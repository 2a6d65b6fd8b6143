import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { modelPaths } from '../../tests/model/model'
import { EXPLORER_DIR, resultsScript, type RunResults } from '../../tests/paths/support/runResults'

/**
 * `npm run explorer:shots`: keeps the state-coverage set of the last browser run in the repo, so the
 * explorer shows pictures without a local run: the S* paths' screenshots, copied from the ignored
 * `docs/explorer/runs/` to `docs/explorer/shots/` with their own `results.js`. Refuses a failed
 * run, and a set above the size budget. Paths that start with the same steps (every one opens the
 * page, most click "Create Ticket" next) share the pictures of those steps: one file per distinct
 * prefix of events, which keeps the set under budget as states are added.
 */
const BUDGET_BYTES = 3 * 1024 * 1024
const runs = join(EXPLORER_DIR, 'runs')
const shots = join(EXPLORER_DIR, 'shots')

const script = join(runs, 'results.js')
if (!existsSync(script)) throw new Error('no browser run in docs/explorer/runs: run `npm run test:paths` first')
const sandbox: { window: { __EXPLORER_RUN__?: RunResults } } = { window: {} }
runInNewContext(readFileSync(script, 'utf8'), sandbox)
const run = sandbox.window.__EXPLORER_RUN__!
const failed = Object.entries(run.paths).filter(([, path]) => path.status === 'failed').map(([id]) => id)
if (failed.length > 0) throw new Error(`the last run failed (${failed.join(', ')}): keep the pictures of a passing run only`)

rmSync(shots, { recursive: true, force: true })
let bytes = 0
// The run's phase timings say how that machine spent its time, nothing the explorer shows.
const { phases: _phases, ...runWithoutPhases } = run
const kept: RunResults = { ...runWithoutPhases, paths: {} }
const eventsOf = new Map(modelPaths().state.map((path) => [path.id, path.steps.map((step) => step.sampleId ?? 'page opens')]))
// The picture kept for each prefix of events, by the first path that has it.
const shotOfPrefix = new Map<string, string>()
for (const [id, path] of Object.entries(run.paths)) {
  if (!id.startsWith('S')) continue
  const events = eventsOf.get(id)
  if (!events) throw new Error(`${id} of the last run is not a state-coverage path of the machine any more: run \`npm run test:paths\` again`)
  kept.paths[id] = {
    ...path,
    steps: path.steps.map((step, index) => {
      if (!step.shot) return step
      const prefix = events.slice(0, index + 1).join(' → ')
      const shared = shotOfPrefix.get(prefix)
      if (shared) return { ...step, shot: shared }
      const shot = step.shot.replace(/^runs\//, 'shots/')
      shotOfPrefix.set(prefix, shot)
      mkdirSync(join(EXPLORER_DIR, shot, '..'), { recursive: true })
      copyFileSync(join(EXPLORER_DIR, step.shot), join(EXPLORER_DIR, shot))
      bytes += statSync(join(EXPLORER_DIR, shot)).size
      return { ...step, shot }
    }),
  }
}
writeFileSync(join(shots, 'results.js'), resultsScript(kept).replace('__EXPLORER_RUN__', '__EXPLORER_SHOTS__'))
if (bytes > BUDGET_BYTES) throw new Error(`the state-coverage set is ${bytes} bytes, above the ${BUDGET_BYTES} budget`)
console.log(`kept ${Object.keys(kept.paths).length} paths' screenshots in docs/explorer/shots (${(bytes / 1024).toFixed(0)} KiB)`)
