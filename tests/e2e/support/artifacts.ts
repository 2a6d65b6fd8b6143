import { mkdir, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

/** Screenshots and the results file of the last run; CI keeps this folder (gitignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/', import.meta.url))

/** Empties the folder at the start of a run, so it only ever shows one run. */
export async function clearArtifacts(): Promise<void> {
  await rm(ARTIFACTS_DIR, { recursive: true, force: true })
  await mkdir(ARTIFACTS_DIR, { recursive: true })
}

/** Writes what the page shows now to `artifacts/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS_DIR}${name}.png`, animations: 'disabled' })
}

/** A file name from a test's title: `Forged messages change nothing` → `forged-messages-change-nothing`. */
export function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)
}
