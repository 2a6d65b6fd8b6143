import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { acceptsEncoding, precompressedVariant } from '../../demo/server/precompressedVariant'

describe('acceptsEncoding', () => {
  it('reads the tokens of Accept-Encoding, and q=0 as a refusal', () => {
    expect(acceptsEncoding('gzip, deflate, br, zstd', 'br')).toBe(true)
    expect(acceptsEncoding('gzip, deflate', 'br')).toBe(false)
    expect(acceptsEncoding('br;q=0, gzip', 'br')).toBe(false)
    expect(acceptsEncoding('br;q=0.5', 'br')).toBe(true)
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false)
  })
})

describe('precompressedVariant', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precompressed-'))
  const both = join(dir, 'both.js')
  const plain = join(dir, 'plain.js')
  writeFileSync(both, 'x')
  writeFileSync(`${both}.br`, 'b')
  writeFileSync(`${both}.gz`, 'g')
  writeFileSync(plain, 'x')

  it('sends brotli first, then gzip, as the browser accepts them', () => {
    expect(precompressedVariant(both, 'gzip, br')).toEqual({ path: `${both}.br`, encoding: 'br' })
    expect(precompressedVariant(both, 'gzip')).toEqual({ path: `${both}.gz`, encoding: 'gzip' })
    expect(precompressedVariant(both, undefined)).toEqual({ path: both, encoding: null })
  })

  it('sends the file as it is when nothing was precompressed (npm start)', () => {
    expect(precompressedVariant(plain, 'gzip, br')).toEqual({ path: plain, encoding: null })
  })
})
