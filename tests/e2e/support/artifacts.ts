import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { engineNameFrom } from '../driver/engines'
import type { EngineName, PageDriver } from '../driver/types'
import { keepPreviousFailures, PREVIOUS_FAILURES } from './previousFailures'

/** Screenshots and the results file of the last run, one folder per engine; CI keeps it (gitignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url))

/** `artifacts/<engine>/`. */
export const engineArtifactsDir = (engine: EngineName) => `${ARTIFACTS_DIR}${engine}/`

/**
 * Empties the engine's folder at the start of its run, so it only ever shows one run, except for
 * `previous-failures/`: the last run's failures are moved there first (`previousFailures.ts`).
 */
export async function clearArtifacts(engine: EngineName, dir = engineArtifactsDir(engine)): Promise<void> {
  const kept = await keepPreviousFailures(dir)
  if (kept) console.log(`[e2e] ${engine}: the last run's failures are kept in ${kept}`)
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(names.filter((name) => name !== PREVIOUS_FAILURES).map((name) => rm(join(dir, name), { recursive: true, force: true })))
  await mkdir(dir, { recursive: true })
}

/** Writes what the page shows now to `artifacts/<engine>/<name>.png`. */
export async function screenshot(page: PageDriver, name: string): Promise<void> {
  await page.screenshot(`${engineArtifactsDir(engineNameFrom(process.env))}${name}.png`)
}

/** A file name from a test's title: `Forged messages change nothing` → `forged-messages-change-nothing`. */
export function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)
}
