/**
 * `npm run test:e2e`: the browser flows in every engine, one after the other (each run starts its
 * own demo and browser), then a summary with each engine's wall time. `E2E_BROWSER=firefox` (or a
 * comma-separated list) runs only those; arguments go to Vitest (`npm run test:e2e -- spoof`).
 * Every engine runs even when one fails; the exit code is 1 if any did.
 */
import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { ENGINE_NAMES, type EngineName } from './driver/types'
import { engineNameFrom } from './driver/engines'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const VITEST = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url))

interface EngineRun {
  engine: EngineName
  passed: boolean
  seconds: number
}

function enginesToRun(env: NodeJS.ProcessEnv): EngineName[] {
  const wanted = env.E2E_BROWSER?.split(',').map((name) => name.trim()).filter(Boolean) ?? []
  return wanted.length === 0 ? [...ENGINE_NAMES] : wanted.map((name) => engineNameFrom({ E2E_BROWSER: name }))
}

function runVitest(engine: EngineName, args: readonly string[]): Promise<EngineRun> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VITEST, 'run', '--config', 'vitest.e2e.config.ts', ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, E2E_BROWSER: engine },
    })
    const done = (passed: boolean) => resolve({ engine, passed, seconds: (Date.now() - started) / 1000 })
    child.once('exit', (code) => done(code === 0))
    child.once('error', () => done(false))
  })
}

async function main(): Promise<void> {
  const engines = enginesToRun(process.env)
  const runs: EngineRun[] = []
  for (const engine of engines) {
    console.log(`\n[e2e] ${engine}: starting`)
    runs.push(await runVitest(engine, process.argv.slice(2)))
  }
  const total = runs.reduce((sum, run) => sum + run.seconds, 0)
  console.log('\n[e2e] summary')
  for (const run of runs) console.log(`  ${run.engine.padEnd(8)} ${run.passed ? 'passed' : 'FAILED'} in ${run.seconds.toFixed(1)} s`)
  console.log(`  all      ${runs.every((run) => run.passed) ? 'passed' : 'FAILED'} in ${total.toFixed(1)} s`)
  await mkdir(`${ROOT}tests/e2e/artifacts`, { recursive: true })
  await writeFile(`${ROOT}tests/e2e/artifacts/summary.json`, `${JSON.stringify({ runs, totalSeconds: total }, null, 2)}\n`)
  if (!runs.every((run) => run.passed)) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
