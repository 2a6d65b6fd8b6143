import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watch } from 'vue'
import type { EmbedMessageLogEntry } from '../../composables/messageLog'
import { LOG_FLUSH_MS, LOG_KEEP, useMessageLogStore } from '../../demo/host/messageLogStore'

const forged = (i: number): EmbedMessageLogEntry => ({
  direction: 'in',
  at: 1_700_000_000_000 + i,
  origin: 'http://localhost:5176',
  type: 'EMBED_READY',
  accepted: false,
  reason: 'origin-mismatch',
  data: { type: 'EMBED_READY', version: 1, i },
})

describe('the demo message log (useMessageLogStore)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('absorbs a flood with one update of its lines and counters, keeping the newest lines', () => {
    const log = useMessageLogStore()
    let updates = 0
    watch(() => log.entries, () => (updates += 1), { flush: 'sync' })
    for (let i = 1; i <= 20_000; i += 1) log.add(forged(i))

    // Nothing reactive moved yet: no render per message.
    expect(updates).toBe(0)
    expect(log.rejected).toBe(0)

    vi.advanceTimersByTime(LOG_FLUSH_MS)
    expect(updates).toBe(1)
    expect(log.rejected).toBe(20_000)
    expect(log.entries).toHaveLength(LOG_KEEP)
    expect(log.entries.at(0)?.seq).toBe(20_000 - LOG_KEEP + 1)
    expect(log.entries.at(-1)).toMatchObject({ seq: 20_000, reason: 'origin-mismatch', preview: '{"type":"EMBED_READY","version":1,"i":20000}' })
    expect(log.entries.at(-1)?.time).toMatch(/^\d{2}:\d{2}:\d{2}\.000$/)
    expect(log.entries.at(-1)).not.toHaveProperty('data')
  })

  it('shows a lone message after one interval, with the counters in step with the lines', () => {
    const log = useMessageLogStore()
    log.add({ ...forged(1), accepted: true, reason: undefined })
    log.add({ direction: 'out', at: 1_700_000_000_500, origin: 'http://127.0.0.1:5174', type: 'EMBED_INIT', accepted: true, data: {} })
    vi.advanceTimersByTime(LOG_FLUSH_MS - 1)
    expect(log.entries).toHaveLength(0)
    vi.advanceTimersByTime(1)
    expect(log.entries.map((entry) => entry.seq)).toEqual([1, 2])
    expect({ accepted: log.accepted, rejected: log.rejected, sent: log.sent, total: log.total }).toEqual({ accepted: 1, rejected: 0, sent: 1, total: 2 })

    // Later batches append; the session's numbering goes on.
    log.add(forged(3))
    vi.advanceTimersByTime(LOG_FLUSH_MS)
    expect(log.entries.map((entry) => entry.seq)).toEqual([1, 2, 3])
  })

  it('clear() also drops what has not been shown yet', () => {
    const log = useMessageLogStore()
    log.add(forged(1))
    vi.advanceTimersByTime(LOG_FLUSH_MS)
    log.add(forged(2))
    log.clear()
    vi.advanceTimersByTime(LOG_FLUSH_MS)
    expect(log.entries).toHaveLength(0)
    expect(log.total).toBe(0)
  })
})
