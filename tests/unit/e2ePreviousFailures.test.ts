// @vitest-environment node
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearArtifacts } from '../e2e/support/artifacts'
import { folderNameOf, keepPreviousFailures, PREVIOUS_FAILURES } from '../e2e/support/previousFailures'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'e2e-artifacts-'))
})

afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

/** Writes the files of one engine run, all dated `time`. */
async function leaveRun(names: string[], time: Date): Promise<void> {
  for (const name of names) {
    await writeFile(join(dir, name), name)
    await utimes(join(dir, name), time, time)
  }
}

const minute = (m: number) => new Date(Date.UTC(2026, 10, 30, 4, m, 7, 250))

describe('the evidence of a failed browser run', () => {
  it('names a folder by the time to the second, in an order that sorts by time', () => {
    expect(folderNameOf(minute(31))).toBe('2026-11-30T04-31-07Z')
    expect([folderNameOf(minute(40)), folderNameOf(minute(5))].sort()).toEqual([folderNameOf(minute(5)), folderNameOf(minute(40))])
  })

  it('moves the failed-* files and results.json into a folder named after the latest failure', async () => {
    await leaveRun(['failed-warm-up.png', 'results.json', 'host-ready.png'], minute(10))
    await leaveRun(['failed-warm-up.json'], minute(12))

    const kept = await keepPreviousFailures(dir)

    expect(kept).toBe(join(dir, PREVIOUS_FAILURES, '2026-11-30T04-12-07Z'))
    expect((await readdir(kept!)).sort()).toEqual(['failed-warm-up.json', 'failed-warm-up.png', 'results.json'])
    expect((await readdir(dir)).sort()).toEqual(['host-ready.png', PREVIOUS_FAILURES])
  })

  it('leaves a passed run alone, results.json included', async () => {
    await leaveRun(['results.json', 'host-ready.png'], minute(10))

    expect(await keepPreviousFailures(dir)).toBeNull()
    expect((await readdir(dir)).sort()).toEqual(['host-ready.png', 'results.json'])
  })

  it('keeps only the newest failed runs', async () => {
    for (const m of [1, 2, 3, 4]) {
      await leaveRun([`failed-run-${m}.json`], minute(m))
      await keepPreviousFailures(dir, 3)
    }

    expect((await readdir(join(dir, PREVIOUS_FAILURES))).sort()).toEqual(['2026-11-30T04-02-07Z', '2026-11-30T04-03-07Z', '2026-11-30T04-04-07Z'])
    expect(await readdir(join(dir, PREVIOUS_FAILURES, '2026-11-30T04-04-07Z'))).toEqual(['failed-run-4.json'])
  })

  it('survives the clearing at the start of the next run, which empties everything else', async () => {
    await mkdir(join(dir, 'nested'))
    await leaveRun(['failed-spoof.json', 'results.json', 'nested/shot.png'], minute(20))
    // Caught, not printed: in a unit run the line would read like a browser run's.
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)

    await clearArtifacts('chromium', dir)
    await leaveRun(['results.json'], minute(30))
    await clearArtifacts('chromium', dir)

    // The run says where the evidence went, once: the second clearing had no failure to keep.
    expect(log.mock.calls).toEqual([[`[e2e] chromium: the last run's failures are kept in ${join(dir, PREVIOUS_FAILURES, '2026-11-30T04-20-07Z')}`]])

    expect(await readdir(dir)).toEqual([PREVIOUS_FAILURES])
    expect(await readdir(join(dir, PREVIOUS_FAILURES))).toEqual(['2026-11-30T04-20-07Z'])
    expect((await readdir(join(dir, PREVIOUS_FAILURES, '2026-11-30T04-20-07Z'))).sort()).toEqual(['failed-spoof.json', 'results.json'])
  })

  it('starts from a folder that does not exist yet', async () => {
    const fresh = join(dir, 'webkit')

    await clearArtifacts('webkit', fresh)

    expect(await readdir(fresh)).toEqual([])
  })
})
