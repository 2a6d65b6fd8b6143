import { field, has, readRecord } from '../../protocol/record'

/** Reading untrusted records: only own data properties count (protocol/record.ts). */
describe('has', () => {
  it('is true for an own property, whatever its value', () => {
    expect(has({ autoAssociate: undefined }, 'autoAssociate')).toBe(true)
    expect(has({ autoAssociate: false }, 'autoAssociate')).toBe(true)
  })

  it('is false for a missing key and for an inherited one', () => {
    expect(has({}, 'autoAssociate')).toBe(false)
    expect(has({}, 'toString')).toBe(false)
  })
})

describe('field', () => {
  it('reads an own data property and nothing else', () => {
    const withGetter = Object.defineProperty({}, 'ticketId', { get: () => 'TCK-1', enumerable: true })
    expect(field({ ticketId: 'TCK-1' }, 'ticketId')).toBe('TCK-1')
    expect(field(withGetter, 'ticketId')).toBeUndefined()
    expect(field({}, 'toString')).toBeUndefined()
  })
})

describe('readRecord', () => {
  it('passes a plain object and one without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { type: 'EMBED_READY' })
    expect(readRecord({ type: 'EMBED_READY' })).toEqual({ type: 'EMBED_READY' })
    expect(readRecord(bare)).toBe(bare)
  })
})
