import fc from 'fast-check'
import { buildEmbedInit, type EmbedCustomer } from '../../protocol/buildEmbedInit'
import { parseHostMessage } from '../../protocol/parse'
import { checkParse } from './support/checkParse'
import { assertProperty, FUZZ_RUNS, FUZZ_SEED, timeoutFor } from './support/fuzzConfig'
import { hostileValue, validId } from './support/messageArbitraries'
import { HOST_RULES } from './support/messageOracle'

const TIMEOUT = timeoutFor(FUZZ_RUNS, 1)
const TITLE = 'buildEmbedInit properties'
const OPTIONAL_KEYS = ['contactName', 'contactPhone', 'contactEmail', 'contactAccountUniqId', 'channelType', 'locale'] as const

/** Whatever a CRM record may hold: any string (control characters, markup, 1 000 chars), null, or nothing. */
const anyText = fc.oneof(
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\u0000', '<b>', '\u{1F600}'), minLength: 250, maxLength: 300 }),
  fc.constantFrom('', '  ', 'en_US', 'en-US', 'id', 'Budi <budi@example.com>'),
)
const anyCustomer: fc.Arbitrary<EmbedCustomer> = fc.record(
  {
    qontakCustomerId: validId as fc.Arbitrary<string | number>,
    contactName: anyText,
    contactPhone: anyText,
    contactEmail: anyText,
    contactAccountUniqId: anyText,
    channelType: anyText,
    locale: anyText,
  },
  { requiredKeys: ['qontakCustomerId'] },
)

describe(`${TITLE} (seed ${FUZZ_SEED}, ${FUZZ_RUNS} runs each)`, () => {
  // The host sends EMBED_INIT once per ready: one refused field would leave the form without its customer.
  it('builds an EMBED_INIT the embed accepts unchanged, whatever the customer record holds', { timeout: TIMEOUT }, async () => {
    await assertProperty(
      TITLE,
      fc.property(anyCustomer, (customer) => {
        const message = buildEmbedInit(customer)
        expect(checkParse(parseHostMessage, HOST_RULES, structuredClone(message))).toStrictEqual({ ok: true, message })
        expect(message.qontakCustomerId).toBe(String(customer.qontakCustomerId))
        for (const key of OPTIONAL_KEYS) {
          if (key in message) expect(typeof customer[key]).toBe('string')
        }
      }),
      FUZZ_RUNS,
    )
  })

  it('never throws, whatever the optional customer fields hold', { timeout: TIMEOUT }, async () => {
    const fields = fc.dictionary(fc.constantFrom(...OPTIONAL_KEYS), hostileValue)
    await assertProperty(
      TITLE,
      fc.property(validId, fields, (qontakCustomerId, rest) => {
        buildEmbedInit({ ...(rest as Partial<EmbedCustomer>), qontakCustomerId: qontakCustomerId as string | number })
      }),
      FUZZ_RUNS,
    )
  })
})
