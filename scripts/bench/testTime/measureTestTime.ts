import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from '../size/bundleSize'

export interface TimedCommand {
  command: string
  ms: number
  exitCode: number | null
  /** Where its output went. */
  log: string
}

export interface TestTimeResults {
  npmTest: TimedCommand
  modelSuite: TimedCommand
  /** Paths of the model-based suite, as `docs/test-paths.md` counts them. */
  paths: number | null
}

const LOG_DIR = join(ROOT, 'node_modules/.cache/ticket-embed-bench')

/** Runs `command` in the repository, its output to a log file, and times it by the wall clock. */
async function timed(name: string, command: string, args: string[]): Promise<TimedCommand> {
  await mkdir(LOG_DIR, { recursive: true })
  const log = join(LOG_DIR, `${name}.log`)
  const out = createWriteStream(log)
  const start = performance.now()
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    // Vite's build (the size bench, earlier in this process) sets NODE_ENV=production; the tests
    // must run as they do on their own, so the child does not inherit it.
    const { NODE_ENV: _buildMode, ...env } = process.env
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.pipe(out, { end: false })
    child.stderr.pipe(out, { end: false })
    child.on('error', reject)
    child.on('close', resolve)
  })
  const ms = performance.now() - start
  out.end()
  return { command: [command, ...args].join(' '), ms, exitCode, log }
}

async function countPaths(): Promise<number | null> {
  const text = await readFile(join(ROOT, 'docs/test-paths.md'), 'utf8').catch(() => '')
  const match = /Paths: (\d+)/.exec(text)
  return match ? Number(match[1]) : null
}

/** Wall time of the whole test command and of the model-based suite alone. */
export async function measureTestTime(): Promise<TestTimeResults> {
  const npmTest = await timed('npm-test', 'npm', ['test'])
  const modelSuite = await timed('model-suite', 'npx', ['vitest', 'run', 'tests/model'])
  return { npmTest, modelSuite, paths: await countPaths() }
}
