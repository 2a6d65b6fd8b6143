import type { ExplorerData } from '../explorerData'
import type { RunResults, StepRunResult } from '../../../../tests/paths/support/runResults'

declare global {
  interface Window {
    /** The last `npm run test:paths` run (`runs/results.js`, not committed). */
    __EXPLORER_RUN__?: RunResults
    /** The committed state-coverage screenshots (`shots/results.js`). */
    __EXPLORER_SHOTS__?: RunResults
  }
}

/** The data the generator embedded in the page. */
export function readExplorerData(): ExplorerData {
  const script = document.getElementById('explorer-data')
  if (!script?.textContent) throw new Error('the explorer page has no #explorer-data')
  return JSON.parse(script.textContent) as ExplorerData
}

/** What the browser run says of one step, from the last run or else the committed set. */
export function stepRun(pathId: string, stepIndex: number): (StepRunResult & { from: 'run' | 'committed'; pathStatus: string }) | null {
  for (const [from, results] of [['run', window.__EXPLORER_RUN__], ['committed', window.__EXPLORER_SHOTS__]] as const) {
    const path = results?.paths[pathId]
    const step = path?.steps[stepIndex]
    if (path && step && step.shot) return { ...step, from, pathStatus: path.status }
  }
  return null
}

/** A line about the last run, or why there are no pictures. */
export function runSummary(): string {
  const run = window.__EXPLORER_RUN__
  if (run) {
    const paths = Object.values(run.paths)
    const failed = paths.filter((path) => path.status === 'failed').length
    return `Last browser run: ${paths.length} paths, ${failed} failed, ${run.browser}, finished ${run.finishedAt}.`
  }
  if (window.__EXPLORER_SHOTS__) return 'No local browser run yet: pictures are the committed state-coverage set (run npm run test:paths for every step).'
  return 'No browser run yet: run npm run test:paths to see every step in Chromium.'
}
