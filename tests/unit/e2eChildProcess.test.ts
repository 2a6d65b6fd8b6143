// @vitest-environment node
import { PassThrough } from 'node:stream'
import { describe, expect, it, vi } from 'vitest'
import { lastLines } from '../e2e/driver/childProcess'

describe('lastLines (what a helper program of the e2e suite said last)', () => {
  it('keeps the last lines whole across chunks, skips blank ones, and counts an unfinished one', async () => {
    const stream = new PassThrough()
    const said = lastLines(stream, 2)
    expect(said()).toEqual([])
    stream.write('ERROR: one\n\n(MiniBrowser:42): Gtk-WARN')
    stream.write('ING **: cannot open display: :1\nsecond ')
    await vi.waitFor(() => expect(said()).toEqual(['(MiniBrowser:42): Gtk-WARNING **: cannot open display: :1', 'second ']))
    stream.write('line\nthird\n')
    await vi.waitFor(() => expect(said()).toEqual(['second line', 'third']))
  })
})
