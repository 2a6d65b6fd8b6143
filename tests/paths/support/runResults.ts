import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PhaseTotal } from './phaseTimes'

/**
 * The browser run's artefacts, read by the explorer page (`docs/explorer/index.html`): a screenshot
 * per step and `results.js`, a script (not JSON, so the page reads it from `file://` too) that sets
 * `window.__EXPLORER_RUN__`. Written under `docs/explorer/runs/`, which git ignores.
 */

/** The explorer's folder. */
export const EXPLORER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/explorer')
/** Where a run writes, relative to the explorer page. */
export const RUNS_FOLDER = 'runs'

/** One step as the browser played it. */
export interface StepRunResult {
  status: 'passed' | 'failed' | 'not-run'
  /** Screenshot, relative to the explorer page; `null` when the step was not reached. */
  shot: string | null
  /** How the step was played (`the agent uses the panel.open control`). */
  played: string | null
  /** What the agent was checked to see besides the panel (toasts, pending links). */
  seen: string[]
}

/** One path of the run. */
export interface PathRunResult {
  status: 'passed' | 'failed'
  error: string | null
  durationMs: number
  steps: StepRunResult[]
}

/** Everything `results.js` holds. */
export interface RunResults {
  finishedAt: string
  browser: string
  durationMs: number
  /** Where the run's time went (`PhaseTimes`), when it was timed. */
  phases?: Record<string, PhaseTotal>
  paths: Record<string, PathRunResult>
}

/** Empties the runs folder (a run's screenshots replace the last run's). */
export function clearRuns(): void {
  rmSync(join(EXPLORER_DIR, RUNS_FOLDER), { recursive: true, force: true })
}

/** Writes a step's screenshot and returns its path relative to the explorer page. */
export function saveShot(pathId: string, stepIndex: number, image: Buffer): string {
  const relative = `${RUNS_FOLDER}/${pathId}/${stepIndex}.jpg`
  const target = join(EXPLORER_DIR, relative)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, image)
  return relative
}

/** The script text of `results.js` for `results` (also used for the committed state-coverage set). */
export function resultsScript(results: RunResults): string {
  return `// Written by npm run test:paths; read by the explorer page.\nwindow.__EXPLORER_RUN__ = ${JSON.stringify(results, null, 1)};\n`
}

/** Writes `runs/results.js`. */
export function writeResults(results: RunResults): void {
  const target = join(EXPLORER_DIR, RUNS_FOLDER, 'results.js')
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, resultsScript(results))
}
