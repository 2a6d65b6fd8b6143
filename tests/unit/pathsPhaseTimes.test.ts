// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { PhaseTimes } from '../paths/support/phaseTimes'

describe('PhaseTimes (where a test:paths run spends its time)', () => {
  it('adds up each phase, longest first, and counts a part only inside its phase', () => {
    const times = new PhaseTimes()
    times.add('load', 300)
    times.add('load › goto', 200)
    times.add('screenshot', 50)
    times.add('screenshot', 50)
    times.add('load', 100.4)

    expect(times.snapshot()).toEqual({
      load: { count: 2, totalMs: 400 },
      'load › goto': { count: 1, totalMs: 200 },
      screenshot: { count: 2, totalMs: 100 },
    })
    // 500 ms timed in all: the part's 200 ms are within load's 400, not on top of them.
    expect(times.summary()).toBe(
      'phases (summed over concurrent paths, 0.5 s): load 0.4 s (80 %, 2× 200 ms); load › goto 0.2 s (40 %, 1× 200 ms); screenshot 0.1 s (20 %, 2× 50 ms)',
    )
  })

  it('times work that throws, and passes the error on', async () => {
    const times = new PhaseTimes()
    await expect(times.time('play panel.open', () => Promise.reject(new Error('lost click')))).rejects.toThrow('lost click')
    expect(times.snapshot()['play panel.open']?.count).toBe(1)
  })
})
