import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'

/** The folder, inside an engine's artifacts, where the evidence of earlier failed runs is kept. */
export const PREVIOUS_FAILURES = 'previous-failures'

/** How many failed runs an engine's `previous-failures/` keeps, newest first. */
export const KEPT_FAILED_RUNS = 5

/** A failure's screenshot and diagnostics (`failed-<title>.png`, `.json`, `pageDiagnostics.ts`). */
const isFailureFile = (name: string) => name.startsWith('failed-')

/** Vitest's JSON report: which tests failed and with what error, next to their pictures. */
const RESULTS_FILE = 'results.json'

/** `2026-11-30T04:31:07.123Z` → `2026-11-30T04-31-07Z`: sorts by time and is a valid folder name. */
export const folderNameOf = (time: Date) => time.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')

/**
 * Moves the last run's `failed-*` files (and its `results.json`, which says why they failed) from
 * an engine's artifacts folder into `previous-failures/<time of the failure>/`, then deletes all
 * but the newest {@link KEPT_FAILED_RUNS} such folders. A run that failed now and then is only
 * understood from its own evidence, and the next run starts by emptying the folder.
 *
 * @returns the folder the files went to, or `null` when the last run left no failure.
 */
export async function keepPreviousFailures(engineDir: string, kept = KEPT_FAILED_RUNS): Promise<string | null> {
  const names = await readdir(engineDir).catch(() => [] as string[])
  const failures = names.filter(isFailureFile)
  if (failures.length === 0) return null

  // Named after when the failure was written, not when the next run started: that is the time to
  // look for in a CI log.
  const written = await Promise.all(failures.map(async (name) => (await stat(join(engineDir, name))).mtime.getTime()))
  const target = join(engineDir, PREVIOUS_FAILURES, folderNameOf(new Date(Math.max(...written))))
  await mkdir(target, { recursive: true })
  const moved = names.includes(RESULTS_FILE) ? [...failures, RESULTS_FILE] : failures
  await Promise.all(moved.map((name) => rename(join(engineDir, name), join(target, name))))

  await pruneOldest(join(engineDir, PREVIOUS_FAILURES), kept)
  return target
}

/** Keeps the `kept` newest folders (their names sort by time). */
async function pruneOldest(dir: string, kept: number): Promise<void> {
  const folders = (await readdir(dir)).sort()
  await Promise.all(folders.slice(0, Math.max(0, folders.length - kept)).map((name) => rm(join(dir, name), { recursive: true, force: true })))
}
