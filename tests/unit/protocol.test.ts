import fc from 'fast-check'
import { buildEmbedInit } from '../../protocol/buildEmbedInit'
import type { EmbedInitMessage, EmbedToHostMessage, ParseResult } from '../../protocol/messages'
import { parseEmbedMessage, parseHostMessage } from '../../protocol/parse'
import { PROTOCOL_VERSION } from '../../protocol/version'

/** A row of the hostile-input tables: `data` must be dropped with exactly `reason`. */
interface HostileRow {
  name: string
  data: unknown
  reason: string
}

const created = (fields: Record<string, unknown>) => ({ type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', ...fields })
const createError = (fields: Record<string, unknown>) => ({ type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'E', ...fields })
const resize = (height: unknown) => ({ type: 'EMBED_RESIZE', version: 1, height })
const ticketId = (id: unknown) => created({ ticketId: id })
const init = (fields: Record<string, unknown>) => ({ type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'CUST-1', ...fields })

class TicketLike {
  type = 'TICKET_CREATED'
  version = 1
  ticketId = 'TCK-1'
}

/** Answers every read of a missing field: a message built on it would carry fields nobody sent. */
const maliciousProto = { type: 'TICKET_CREATED', version: 1, ticketId: '../admin' }

/** Every trap throws: reading it at all must not escape the parser. */
const throwingProxy = new Proxy(
  {},
  {
    getPrototypeOf: () => {
      throw new Error('trap')
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('trap')
    },
    ownKeys: () => {
      throw new Error('trap')
    },
    get: () => {
      throw new Error('trap')
    },
    has: () => {
      throw new Error('trap')
    },
  },
)
/** Only the descriptor trap throws, so the prototype check passes and the field read fails. */
const throwingDescriptorProxy = new Proxy(created({}), {
  getOwnPropertyDescriptor: () => {
    throw new Error('trap')
  },
})
const revoked = Proxy.revocable({}, {})
revoked.revoke()

const getterTicket = { type: 'TICKET_CREATED', version: 1 }
Object.defineProperty(getterTicket, 'ticketId', { get: () => 'TCK-1', enumerable: true })

const embedRows: HostileRow[] = [
  // Not a plain object.
  { name: 'a string', data: '{"type":"EMBED_READY","version":1}', reason: 'not-object' },
  { name: 'a number', data: 1, reason: 'not-object' },
  { name: 'undefined', data: undefined, reason: 'not-object' },
  { name: 'null', data: null, reason: 'not-object' },
  { name: 'a boolean', data: true, reason: 'not-object' },
  { name: 'a function', data: () => ({ type: 'EMBED_READY', version: 1 }), reason: 'not-object' },
  { name: 'a Symbol', data: Symbol('EMBED_READY'), reason: 'not-object' },
  { name: 'a BigInt', data: 1n, reason: 'not-object' },
  { name: 'an array', data: [{ type: 'EMBED_READY', version: 1 }], reason: 'not-object' },
  { name: 'an empty array', data: [], reason: 'not-object' },
  { name: 'a Date', data: new Date(0), reason: 'not-object' },
  { name: 'a Map', data: new Map([['type', 'EMBED_READY']]), reason: 'not-object' },
  { name: 'a class instance', data: new TicketLike(), reason: 'not-object' },
  { name: 'an object with a hostile prototype', data: Object.create(maliciousProto), reason: 'not-object' },
  // Prototype-pollution keys.
  {
    name: 'an own __proto__ key',
    data: JSON.parse('{"type":"TICKET_CREATED","version":1,"ticketId":"T1","__proto__":{"isAdmin":true}}'),
    reason: 'forbidden-key:__proto__',
  },
  { name: 'an own constructor key', data: JSON.parse('{"type":"EMBED_READY","version":1,"constructor":{"prototype":{}}}'), reason: 'forbidden-key:constructor' },
  { name: 'an own prototype key', data: { type: 'EMBED_READY', version: 1, prototype: {} }, reason: 'forbidden-key:prototype' },
  // Unreadable objects.
  { name: 'a Proxy whose traps throw', data: throwingProxy, reason: 'unreadable' },
  { name: 'a Proxy whose descriptor trap throws', data: throwingDescriptorProxy, reason: 'unreadable' },
  { name: 'a revoked Proxy', data: revoked.proxy, reason: 'unreadable' },
  // type.
  { name: 'a missing type', data: { version: 1, ticketId: 'T1' }, reason: 'unknown-type' },
  { name: 'an unknown type', data: { type: 'TICKET_DELETED', version: 1 }, reason: 'unknown-type' },
  { name: 'TICKET_CREATE_STARTED with version 2', data: { type: 'TICKET_CREATE_STARTED', version: 2 }, reason: 'bad-field:version' },
  { name: 'a lower-case type', data: { type: 'embed_ready', version: 1 }, reason: 'unknown-type' },
  { name: 'an inherited type name (toString)', data: { type: 'toString', version: 1 }, reason: 'unknown-type' },
  { name: 'a non-string type', data: { type: ['EMBED_READY'], version: 1 }, reason: 'unknown-type' },
  { name: 'EMBED_INIT (wrong direction)', data: init({}), reason: 'unknown-type' },
  // version.
  { name: 'version 0', data: { type: 'EMBED_READY', version: 0 }, reason: 'bad-field:version' },
  { name: 'version 2', data: { type: 'EMBED_READY', version: 2 }, reason: 'bad-field:version' },
  { name: 'version "1"', data: { type: 'EMBED_READY', version: '1' }, reason: 'bad-field:version' },
  { name: 'a missing version', data: { type: 'EMBED_READY' }, reason: 'bad-field:version' },
  { name: 'version 1.5', data: { ...resize(100), version: 1.5 }, reason: 'bad-field:version' },
  // ticketId: it goes into a URL path.
  { name: 'a ticketId with "/"', data: ticketId('a/b'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId "../x"', data: ticketId('../x'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId "1/2"', data: ticketId('1/2'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId ".."', data: ticketId('..'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId "a..b"', data: ticketId('a..b'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId with a space', data: ticketId('TCK 1'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId of 65 chars', data: ticketId('a'.repeat(65)), reason: 'bad-field:ticketId' },
  { name: 'an empty ticketId', data: ticketId(''), reason: 'bad-field:ticketId' },
  { name: 'a negative ticketId', data: ticketId(-1), reason: 'bad-field:ticketId' },
  { name: 'a float ticketId', data: ticketId(1.5), reason: 'bad-field:ticketId' },
  { name: 'an unsafe integer ticketId', data: ticketId(2 ** 53), reason: 'bad-field:ticketId' },
  { name: 'a ticketId starting with "."', data: ticketId('.hidden'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId starting with "-"', data: ticketId('-1'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId with a newline', data: ticketId('T1\n'), reason: 'bad-field:ticketId' },
  { name: 'a ticketId "%2e%2e"', data: ticketId('%2e%2e'), reason: 'bad-field:ticketId' },
  { name: 'a missing ticketId', data: created({ ticketId: undefined }), reason: 'bad-field:ticketId' },
  { name: 'a ticketId as a getter', data: getterTicket, reason: 'bad-field:ticketId' },
  { name: 'a ticketId object', data: ticketId({ toString: () => 'T1' }), reason: 'bad-field:ticketId' },
  // Optional TICKET_CREATED fields.
  { name: 'a pipelineId "../x"', data: created({ pipelineId: '../x' }), reason: 'bad-field:pipelineId' },
  { name: 'an empty pipelineId', data: created({ pipelineId: '' }), reason: 'bad-field:pipelineId' },
  { name: 'a pipelineId false', data: created({ pipelineId: false }), reason: 'bad-field:pipelineId' },
  { name: 'isAutoAssociated "true"', data: created({ isAutoAssociated: 'true' }), reason: 'bad-field:isAutoAssociated' },
  { name: 'isAutoAssociated 1', data: created({ isAutoAssociated: 1 }), reason: 'bad-field:isAutoAssociated' },
  // height.
  { name: 'height NaN', data: resize(NaN), reason: 'bad-field:height' },
  { name: 'height Infinity', data: resize(Infinity), reason: 'bad-field:height' },
  { name: 'height -Infinity', data: resize(-Infinity), reason: 'bad-field:height' },
  { name: 'a negative height', data: resize(-1), reason: 'bad-field:height' },
  { name: 'a string height', data: resize('480'), reason: 'bad-field:height' },
  { name: 'a missing height', data: { type: 'EMBED_RESIZE', version: 1 }, reason: 'bad-field:height' },
  // TICKET_CREATE_ERROR.
  { name: 'an errorMessage of 501 chars', data: createError({ errorMessage: 'x'.repeat(501) }), reason: 'bad-field:errorMessage' },
  { name: 'an errorMessage with <img onerror>', data: createError({ errorMessage: '<img src=x onerror=alert(1)>' }), reason: 'bad-field:errorMessage' },
  { name: 'an errorMessage with </script>', data: createError({ errorMessage: 'oops</script><script>alert(1)' }), reason: 'bad-field:errorMessage' },
  { name: 'an errorMessage with an HTML comment', data: createError({ errorMessage: 'a<!-- b -->' }), reason: 'bad-field:errorMessage' },
  { name: 'an errorMessage with a NUL', data: createError({ errorMessage: 'a\u0000b' }), reason: 'bad-field:errorMessage' },
  { name: 'an errorMessage with ESC', data: createError({ errorMessage: '\u001b[31mred' }), reason: 'bad-field:errorMessage' },
  { name: 'an errorMessage number', data: createError({ errorMessage: 500 }), reason: 'bad-field:errorMessage' },
  { name: 'an errorCode of 65 chars', data: createError({ errorCode: 'E'.repeat(65) }), reason: 'bad-field:errorCode' },
  { name: 'an empty errorCode', data: createError({ errorCode: '' }), reason: 'bad-field:errorCode' },
  { name: 'an errorCode with spaces', data: createError({ errorCode: 'AUTH REQUIRED' }), reason: 'bad-field:errorCode' },
  { name: 'a missing errorCode', data: { type: 'TICKET_CREATE_ERROR', version: 1 }, reason: 'bad-field:errorCode' },
  // EMBED_CLOSE.
  { name: 'a close reason with markup', data: { type: 'EMBED_CLOSE', version: 1, reason: '<b>bye</b>' }, reason: 'bad-field:reason' },
  { name: 'a close reason of 257 chars', data: { type: 'EMBED_CLOSE', version: 1, reason: 'r'.repeat(257) }, reason: 'bad-field:reason' },
]

const hostRows: HostileRow[] = [
  { name: 'a string', data: 'EMBED_INIT', reason: 'not-object' },
  { name: 'null', data: null, reason: 'not-object' },
  { name: 'an array', data: [init({})], reason: 'not-object' },
  { name: 'an object with a hostile prototype', data: Object.create(init({})), reason: 'not-object' },
  { name: 'an own __proto__ key', data: JSON.parse('{"type":"EMBED_INIT","version":1,"roomId":null,"qontakCustomerId":"C1","__proto__":{}}'), reason: 'forbidden-key:__proto__' },
  { name: 'a Proxy whose traps throw', data: throwingProxy, reason: 'unreadable' },
  { name: 'TICKET_CREATED (wrong direction)', data: created({}), reason: 'unknown-type' },
  { name: 'EMBED_READY (wrong direction)', data: { type: 'EMBED_READY', version: 1 }, reason: 'unknown-type' },
  { name: 'TICKET_CREATE_STARTED (wrong direction)', data: { type: 'TICKET_CREATE_STARTED', version: 1 }, reason: 'unknown-type' },
  { name: 'a missing type', data: { ...init({}), type: undefined }, reason: 'unknown-type' },
  { name: 'version 2', data: init({ version: 2 }), reason: 'bad-field:version' },
  { name: 'a missing roomId', data: init({ roomId: undefined }), reason: 'bad-field:roomId' },
  { name: 'a non-null roomId', data: init({ roomId: 'room-1' }), reason: 'bad-field:roomId' },
  { name: 'roomId 0', data: init({ roomId: 0 }), reason: 'bad-field:roomId' },
  { name: 'a qontakCustomerId "../x"', data: init({ qontakCustomerId: '../x' }), reason: 'bad-field:qontakCustomerId' },
  { name: 'a missing qontakCustomerId', data: init({ qontakCustomerId: undefined }), reason: 'bad-field:qontakCustomerId' },
  { name: 'a null qontakCustomerId', data: init({ qontakCustomerId: null }), reason: 'bad-field:qontakCustomerId' },
  { name: 'a negative qontakCustomerId', data: init({ qontakCustomerId: -7 }), reason: 'bad-field:qontakCustomerId' },
  { name: 'a locale "en_US"', data: init({ locale: 'en_US' }), reason: 'bad-field:locale' },
  { name: 'a locale with markup', data: init({ locale: '<script>' }), reason: 'bad-field:locale' },
  { name: 'a contactName with a NUL', data: init({ contactName: 'Rina\u0000' }), reason: 'bad-field:contactName' },
  { name: 'a contactName of 257 chars', data: init({ contactName: 'n'.repeat(257) }), reason: 'bad-field:contactName' },
  { name: 'a contactEmail with a control character', data: init({ contactEmail: 'a@b.c\u0007' }), reason: 'bad-field:contactEmail' },
  { name: 'a contactPhone number', data: init({ contactPhone: 628123 }), reason: 'bad-field:contactPhone' },
]

/** Calls `parse` and fails the test if it throws, so a throw is reported as such and not as a mismatch. */
function parseSafely<M>(parse: (data: unknown) => ParseResult<M>, data: unknown): ParseResult<M> {
  let result: ParseResult<M> | undefined
  expect(() => {
    result = parse(data)
  }).not.toThrow()
  return result as ParseResult<M>
}

describe('parseEmbedMessage', () => {
  it('has at least 45 hostile inputs in its table', () => {
    expect(embedRows.length).toBeGreaterThanOrEqual(45)
  })

  it.each(embedRows)('drops $name with reason $reason', ({ data, reason }) => {
    expect(parseSafely(parseEmbedMessage, data)).toStrictEqual({ ok: false, reason })
  })

  it.each<{ name: string; data: unknown; message: EmbedToHostMessage }>([
    {
      name: 'EMBED_READY, dropping extra fields',
      data: { type: 'EMBED_READY', version: 1, extra: '<script>', nested: { a: 1 } },
      message: { type: 'EMBED_READY', version: 1 },
    },
    {
      name: 'EMBED_READY with version 1.0',
      data: { type: 'EMBED_READY', version: 1.0 },
      message: { type: 'EMBED_READY', version: 1 },
    },
    {
      name: 'TICKET_CREATED with every field',
      data: { type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', pipelineId: 'pipe_2', isAutoAssociated: true, foo: 1 },
      message: { type: 'TICKET_CREATED', version: 1, ticketId: 'TCK-1', pipelineId: 'pipe_2', isAutoAssociated: true },
    },
    {
      name: 'TICKET_CREATED with numeric ids, normalised to strings',
      data: { type: 'TICKET_CREATED', version: 1, ticketId: 12345, pipelineId: 0 },
      message: { type: 'TICKET_CREATED', version: 1, ticketId: '12345', pipelineId: '0' },
    },
    {
      name: 'TICKET_CREATED with the largest safe integer id',
      data: { type: 'TICKET_CREATED', version: 1, ticketId: Number.MAX_SAFE_INTEGER },
      message: { type: 'TICKET_CREATED', version: 1, ticketId: '9007199254740991' },
    },
    {
      name: 'TICKET_CREATED with pipelineId null kept and isAutoAssociated false',
      data: { type: 'TICKET_CREATED', version: 1, ticketId: 'a:b.c-d_e', pipelineId: null, isAutoAssociated: false },
      message: { type: 'TICKET_CREATED', version: 1, ticketId: 'a:b.c-d_e', pipelineId: null, isAutoAssociated: false },
    },
    {
      name: 'TICKET_CREATED with undefined optional fields left out',
      data: { type: 'TICKET_CREATED', version: 1, ticketId: 'a'.repeat(64), pipelineId: undefined, isAutoAssociated: undefined },
      message: { type: 'TICKET_CREATED', version: 1, ticketId: 'a'.repeat(64) },
    },
    {
      name: 'TICKET_CREATED on a null-prototype object',
      data: Object.assign(Object.create(null), { type: 'TICKET_CREATED', version: 1, ticketId: '7' }),
      message: { type: 'TICKET_CREATED', version: 1, ticketId: '7' },
    },
    {
      name: 'TICKET_CREATE_STARTED, dropping extra fields (added to v1: older hosts drop it as unknown-type)',
      data: { type: 'TICKET_CREATE_STARTED', version: 1, ticketId: 'TCK-1', requestId: 'r-1' },
      message: { type: 'TICKET_CREATE_STARTED', version: 1 },
    },
    {
      name: 'TICKET_CREATE_ERROR with a plain-text message (a "<" that opens no tag is text)',
      data: { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'AUTH_REQUIRED', errorMessage: 'Session expired.\n2 < 3 & "quotes"' },
      message: { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'AUTH_REQUIRED', errorMessage: 'Session expired.\n2 < 3 & "quotes"' },
    },
    {
      name: 'TICKET_CREATE_ERROR with a 500-char message and a 64-char code',
      data: { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'E'.repeat(64), errorMessage: 'm'.repeat(500) },
      message: { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'E'.repeat(64), errorMessage: 'm'.repeat(500) },
    },
    {
      name: 'TICKET_CREATE_ERROR without a message',
      data: { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'NETWORK' },
      message: { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'NETWORK' },
    },
    {
      name: 'EMBED_CLOSE without a reason',
      data: { type: 'EMBED_CLOSE', version: 1 },
      message: { type: 'EMBED_CLOSE', version: 1 },
    },
    {
      name: 'EMBED_CLOSE with a reason',
      data: { type: 'EMBED_CLOSE', version: 1, reason: 'cancelled' },
      message: { type: 'EMBED_CLOSE', version: 1, reason: 'cancelled' },
    },
    {
      name: 'EMBED_RESIZE with a fractional height',
      data: { type: 'EMBED_RESIZE', version: 1, height: 480.5, width: 9000 },
      message: { type: 'EMBED_RESIZE', version: 1, height: 480.5 },
    },
    {
      name: 'EMBED_RESIZE with height 0 (clamping is the host’s job)',
      data: { type: 'EMBED_RESIZE', version: 1, height: 0 },
      message: { type: 'EMBED_RESIZE', version: 1, height: 0 },
    },
  ])('accepts $name', ({ data, message }) => {
    expect(parseSafely(parseEmbedMessage, data)).toStrictEqual({ ok: true, message })
  })

  it('never throws and never accepts an id that could leave its URL path segment (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true }), (data) => {
        const result = parseEmbedMessage(data)
        if (result.ok && result.message.type === 'TICKET_CREATED') {
          expect(result.message.ticketId).not.toMatch(/\/|\.\.|^[.-]/)
        }
      }),
    )
    fc.assert(
      fc.property(fc.string(), (id) => {
        const result = parseEmbedMessage({ type: 'TICKET_CREATED', version: 1, ticketId: id })
        if (result.ok) expect(result.message).toStrictEqual({ type: 'TICKET_CREATED', version: 1, ticketId: id })
        expect(result.ok).toBe(/^[A-Za-z0-9][\w.:-]{0,63}$/.test(id) && !id.includes('..'))
      }),
    )
  })
})

describe('parseHostMessage', () => {
  it.each(hostRows)('drops $name with reason $reason', ({ data, reason }) => {
    expect(parseSafely(parseHostMessage, data)).toStrictEqual({ ok: false, reason })
  })

  it.each<{ name: string; data: unknown; message: EmbedInitMessage }>([
    {
      name: 'EMBED_INIT with every field, dropping extra fields',
      data: {
        type: 'EMBED_INIT',
        version: 1,
        roomId: null,
        qontakCustomerId: 'CUST-1',
        contactName: 'Budi Santoso',
        contactPhone: '+62 812-3456-789',
        contactEmail: 'budi@example.com',
        contactAccountUniqId: 'acc-9',
        channelType: 'whatsapp',
        locale: 'id-ID',
        token: 'secret',
      },
      message: {
        type: 'EMBED_INIT',
        version: 1,
        roomId: null,
        qontakCustomerId: 'CUST-1',
        contactName: 'Budi Santoso',
        contactPhone: '+62 812-3456-789',
        contactEmail: 'budi@example.com',
        contactAccountUniqId: 'acc-9',
        channelType: 'whatsapp',
        locale: 'id-ID',
      },
    },
    {
      name: 'EMBED_INIT with a numeric qontakCustomerId, normalised to a string',
      data: { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 4242 },
      message: { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: '4242' },
    },
    {
      name: 'EMBED_INIT with null contact fields left out',
      data: {
        type: 'EMBED_INIT',
        version: 1,
        roomId: null,
        qontakCustomerId: 'C1',
        contactName: 'Ani',
        contactPhone: null,
        contactEmail: null,
        contactAccountUniqId: null,
        channelType: null,
      },
      message: { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'C1', contactName: 'Ani' },
    },
    {
      name: 'EMBED_INIT with undefined optional fields left out',
      data: { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'C1', contactName: undefined, locale: undefined },
      message: { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'C1' },
    },
  ])('accepts $name', ({ data, message }) => {
    expect(parseSafely(parseHostMessage, data)).toStrictEqual({ ok: true, message })
  })
})

describe('buildEmbedInit', () => {
  it('carries type, version 1, roomId null and qontakCustomerId as a string', () => {
    expect(buildEmbedInit({ qontakCustomerId: 77, contactName: 'Ani', contactPhone: null, contactEmail: '', locale: 'en' })).toStrictEqual({
      type: 'EMBED_INIT',
      version: PROTOCOL_VERSION,
      roomId: null,
      qontakCustomerId: '77',
      contactName: 'Ani',
      locale: 'en',
    })
  })

  it.each([
    { name: 'a minimal customer', customer: { qontakCustomerId: 'CUST-1' } },
    { name: 'a numeric id', customer: { qontakCustomerId: 12 } },
    {
      name: 'a full customer',
      customer: {
        qontakCustomerId: 'C-9',
        contactName: 'Budi',
        contactPhone: '+62 811',
        contactEmail: 'b@example.com',
        contactAccountUniqId: 'acc_1',
        channelType: 'email',
        locale: 'zh-Hant-TW',
      },
    },
  ])('round-trips $name through parseHostMessage', ({ customer }) => {
    const message = buildEmbedInit(customer)
    expect(parseHostMessage(message)).toStrictEqual({ ok: true, message })
  })
})

describe('structured clone', () => {
  const messages: unknown[] = [
    { type: 'EMBED_READY', version: 1 },
    { type: 'TICKET_CREATED', version: 1, ticketId: 9, pipelineId: null, isAutoAssociated: true },
    { type: 'TICKET_CREATE_ERROR', version: 1, errorCode: 'E1', errorMessage: 'Nope' },
    { type: 'EMBED_CLOSE', version: 1, reason: 'done' },
    { type: 'EMBED_RESIZE', version: 1, height: 321 },
    { type: 'EMBED_RESIZE', version: 1, height: -1 },
    JSON.parse('{"type":"EMBED_READY","version":1,"__proto__":{}}'),
  ]

  it.each(messages.map((data, index) => ({ index, data })))('parses message #$index the same after structuredClone', ({ data }) => {
    expect(parseEmbedMessage(structuredClone(data))).toStrictEqual(parseEmbedMessage(data))
  })

  it('parses EMBED_INIT the same after structuredClone', () => {
    const message = buildEmbedInit({ qontakCustomerId: 'C1', contactName: 'Ani' })
    expect(parseHostMessage(structuredClone(message))).toStrictEqual({ ok: true, message })
  })
})

describe('EMBED_INIT contact text', () => {
  it('keeps a contact name with angle brackets as text (the embed shows it as text)', () => {
    const data = { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'c1', contactName: 'Budi <budi@example.com>' }
    expect(parseHostMessage(data)).toEqual({ ok: true, message: data })
  })

  it('reads locale: null as absent', () => {
    const result = parseHostMessage({ type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'c1', locale: null })
    expect(result).toEqual({ ok: true, message: { type: 'EMBED_INIT', version: 1, roomId: null, qontakCustomerId: 'c1' } })
  })

  it('buildEmbedInit cuts long and odd contact text to what the embed accepts', () => {
    const message = buildEmbedInit({ qontakCustomerId: 7, contactName: `  Rina\u0007 ${'x'.repeat(400)}` })
    expect(message.contactName).toHaveLength(256)
    expect(parseHostMessage(message).ok).toBe(true)
  })
})
