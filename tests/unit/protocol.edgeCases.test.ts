import { buildEmbedInit } from '../../protocol/buildEmbedInit'
import { isValidId } from '../../protocol/fields'
import { parseEmbedMessage, parseHostMessage } from '../../protocol/parse'

/** Edge cases at the exact boundaries of the contract's field rules (DESIGN §2). */
const init = (fields: Record<string, unknown>) => ({ type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'CUST-1', ...fields })

describe('protocol ids (they go into URL paths)', () => {
  it.each(['ab..cd', 'a..', 'TCK-1..2', 'x.y..z'])('refuses %j: ".." anywhere, not only at the start', (id) => {
    expect(isValidId(id)).toBe(false)
    expect(parseEmbedMessage({ type: 'TICKET_CREATED', version: 1, ticketId: id })).toEqual({ ok: false, reason: 'bad-field:ticketId' })
  })

  it.each(['a.b', 'a.b.c', 'TCK-1.2:3_4'])('accepts %j: single dots between characters are fine', (id) => {
    expect(isValidId(id)).toBe(true)
  })
})

describe('EMBED_INIT locale', () => {
  it.each([
    { name: "an array ['en'] (RegExp.test would read it as 'en')", locale: ['en'] },
    { name: 'a number', locale: 42 },
    { name: 'an object whose toString is a locale', locale: { toString: () => 'en' } },
  ])('drops $name with bad-field:locale', ({ locale }) => {
    expect(parseHostMessage(init({ locale }))).toEqual({ ok: false, reason: 'bad-field:locale' })
  })
})

describe('buildEmbedInit leaves out fields with nothing to show', () => {
  it.each([
    { name: 'only spaces', value: '   ' },
    { name: 'only a tab and a newline', value: '\t\n' },
    { name: 'only control characters', value: '\u0000\u0007\u001F\u007F' },
    { name: 'control characters and spaces', value: ' \u0001 \u0002 ' },
  ])('leaves out a contactName of $name', ({ value }) => {
    const message = buildEmbedInit({ qontakCustomerId: 'C1', contactName: value, contactPhone: value, channelType: value })
    expect(message).toStrictEqual({ type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'C1' })
    expect(parseHostMessage(message).ok).toBe(true)
  })

  it('turns each control character inside text into a space and trims the ends', () => {
    const message = buildEmbedInit({ qontakCustomerId: 'C1', contactName: '\u0007Rina\u0000Wijaya\u007F ' })
    expect(message.contactName).toBe('Rina Wijaya')
  })

  it('cuts text to exactly 256 characters after trimming', () => {
    const message = buildEmbedInit({ qontakCustomerId: 'C1', contactEmail: ` ${'e'.repeat(256)}tail` })
    expect(message.contactEmail).toBe('e'.repeat(256))
  })

  it('leaves out a locale the embed would refuse, and keeps a valid one trimmed', () => {
    expect(buildEmbedInit({ qontakCustomerId: 'C1', locale: 'en_US' })).not.toHaveProperty('locale')
    expect(buildEmbedInit({ qontakCustomerId: 'C1', locale: ' id ' }).locale).toBe('id')
  })

  it('keeps non-locale text even when it does not look like a locale', () => {
    expect(buildEmbedInit({ qontakCustomerId: 'C1', channelType: 'whats app!' }).channelType).toBe('whats app!')
  })

  it('ignores non-string values of optional fields', () => {
    const customer = { qontakCustomerId: 'C1', contactName: 42, contactPhone: ['0811'] } as unknown as Parameters<typeof buildEmbedInit>[0]
    expect(buildEmbedInit(customer)).toStrictEqual({ type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'C1' })
  })
})

describe('field values of the wrong type', () => {
  it.each([
    { name: 'true', id: true },
    { name: 'a fraction 1.5 (its string "1.5" would fit the id pattern)', id: 1.5 },
    { name: 'NaN (its string "NaN" would fit the id pattern)', id: Number.NaN },
  ])('refuses an id that is $name', ({ id }) => {
    expect(isValidId(id)).toBe(false)
    expect(parseEmbedMessage({ type: 'TICKET_CREATED', version: 1, ticketId: id })).toEqual({ ok: false, reason: 'bad-field:ticketId' })
  })

  it('refuses an errorCode that is a number, even one an id may be', () => {
    expect(parseEmbedMessage({ type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 42 })).toEqual({
      ok: false,
      reason: 'bad-field:errorCode',
    })
  })

  it.each([
    { name: 'an array of one string', value: ['Budi'] },
    { name: 'an object with a length', value: { length: 4 } },
  ])('refuses free text that is $name', ({ value }) => {
    expect(parseHostMessage(init({ contactName: value }))).toEqual({ ok: false, reason: 'bad-field:contactName' })
    expect(parseEmbedMessage({ type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'E', errorMessage: value })).toEqual({
      ok: false,
      reason: 'bad-field:errorMessage',
    })
    expect(parseEmbedMessage({ type: 'EMBED_CLOSE', version: 1, reason: value })).toEqual({ ok: false, reason: 'bad-field:reason' })
  })
})
