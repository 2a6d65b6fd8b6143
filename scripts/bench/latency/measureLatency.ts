import { execFileSync } from 'node:child_process'
import { startDemo } from '../../../demo/startDemo'
import { addCrmFormWeight } from './addCrmFormWeight'
import { launchChromiumWithPipe } from './launchChromiumWithPipe'
import { measureAssociateLoads, type AssociateLoads } from './measureAssociateLoads'
import { measureLatencyRun, type LatencyRun, type RunContext } from './measureLatencyRun'
import { precompressSite } from './precompressSite'
import { roundOrder, STRATEGIES } from './strategies'
import { BENCH_NETWORK, throttleEveryTarget, type NetworkConditions, type ThrottledTargets } from './throttleEveryTarget'

export interface LatencyResults {
  runs: LatencyRun[]
  rounds: number
  associate: AssociateLoads[]
  network: NetworkConditions
  /** Targets the network conditions were applied to, by type. */
  throttled: ThrottledTargets
  wallMs: number
  /** The commit measured: `abc1234 subject`, `+ changes` when the work tree differs from it. */
  code: string
}

export interface LatencyOptions {
  /** Runs of each strategy, interleaved round robin. @default 30 */
  runs?: number
  /** Fresh page loads per strategy for the "Associate existing" count. @default 3 */
  associateRuns?: number
}

async function postControl(api: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`)
}

const fixed = (ms: number | undefined) => (ms === undefined ? '–' : `${Math.round(ms)}`)

function measuredCode(): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim()
  try {
    return `${git('log', '-1', '--format=%h %s')}${git('status', '--porcelain', '--untracked-files=no') ? ' + uncommitted changes' : ''}`
  } catch {
    return 'unknown (no git)'
  }
}

function progress(round: number, rounds: number, run: LatencyRun, runMs: number) {
  const spans = `first ${fixed(run.firstOpenMs)}, second ${fixed(run.secondOpenMs)}, other ${fixed(run.otherCustomerOpenMs)}, listed ${fixed(run.listedAutoMs)}/${fixed(run.listedFallbackMs)} ms`
  process.stderr.write(`latency: round ${round + 1}/${rounds} ${run.strategy} (${(runMs / 1000).toFixed(1)} s): ${run.failure ? `FAILED at ${run.failure}` : spans}\n`)
}

/**
 * The demo's production build on two sites, the embed page weighted as a real CRM form and every
 * text file precompressed; one Chromium with every page and out-of-process frame slowed to
 * {@link BENCH_NETWORK}; `runs` rounds in which every strategy runs once (a fresh browser
 * context each), then the "Associate existing" count.
 */
export async function measureLatency({ runs = 30, associateRuns = 3 }: LatencyOptions = {}): Promise<LatencyResults> {
  const started = performance.now()
  process.stderr.write('latency: building the demo pages…\n')
  const demo = await startDemo({
    hostPort: 0,
    embedPort: 0,
    apiPort: 0,
    spoofPort: 0,
    pages: 'built',
    prepareBuiltPages: async (built) => {
      await addCrmFormWeight(built.embed)
      for (const site of [built.host, built.embed, built.spoof]) await precompressSite(site.outDir)
    },
  })
  try {
    const chrome = await launchChromiumWithPipe()
    try {
      const throttled = await throttleEveryTarget(chrome.cdp, BENCH_NETWORK)
      const context: RunContext = {
        browser: chrome.browser,
        urls: demo.urls,
        setAutoAssociate: (linksItself) => postControl(demo.urls.api, '/__control', { autoAssociate: linksItself }),
        resetApi: () => postControl(demo.urls.api, '/__control/reset'),
      }
      // Not counted: the first page load of the process warms the servers and the browser.
      await measureLatencyRun(context, STRATEGIES[0]!, 0)
      const results: LatencyRun[] = []
      for (let round = 0; round < runs; round += 1) {
        for (const strategy of roundOrder(STRATEGIES, round)) {
          const runStarted = performance.now()
          const run = await measureLatencyRun(context, strategy, round)
          progress(round, runs, run, performance.now() - runStarted)
          results.push(run)
        }
      }
      const associate: AssociateLoads[] = []
      for (let round = 0; round < associateRuns; round += 1) {
        for (const strategy of roundOrder(STRATEGIES, round)) associate.push(await measureAssociateLoads(context, strategy))
      }
      return { runs: results, rounds: runs, associate, network: BENCH_NETWORK, throttled: { ...throttled }, wallMs: performance.now() - started, code: measuredCode() }
    } finally {
      await chrome.close()
    }
  } finally {
    await demo.close()
  }
}
