import fc from 'fast-check'
import type { ParseResult } from '../../protocol/messages'
import { parseEmbedMessage, parseHostMessage } from '../../protocol/parse'
import { checkParse } from './support/checkParse'
import { assertProperty, FUZZ_RUNS, FUZZ_SEED, timeoutFor } from './support/fuzzConfig'
import { hostileValue, messageShaped, validEmbedCase, validHostCase, type ValidCase } from './support/messageArbitraries'
import { mutated } from './support/messageMutations'
import { EMBED_RULES, HOST_RULES, type MessageRules } from './support/messageOracle'

// About 0.1 ms a run: 100 000 runs take seconds, the timeout only guards against a hang.
const TIMEOUT = timeoutFor(FUZZ_RUNS, 1)

interface ParserUnderTest<M> {
  name: string
  parse: (data: unknown) => ParseResult<M>
  rules: Record<string, MessageRules>
  valid: fc.Arbitrary<ValidCase<M>>
}

/** The same four properties for both directions of the contract (DESIGN §2). */
function describeParserProperties<M>({ name, parse, rules, valid }: ParserUnderTest<M>) {
  const title = `${name} properties`
  describe(`${title} (seed ${FUZZ_SEED}, ${FUZZ_RUNS} runs each)`, () => {
    it('never throws on fc.anything(), and accepts only messages of the contract', { timeout: TIMEOUT }, async () => {
      await assertProperty(title, fc.property(hostileValue, (data) => void checkParse(parse, rules, data)), FUZZ_RUNS)
    })

    it('never throws on message-shaped objects, and accepts only messages of the contract', { timeout: TIMEOUT }, async () => {
      await assertProperty(title, fc.property(messageShaped, (data) => void checkParse(parse, rules, data)), FUZZ_RUNS)
    })

    it('never throws on mutated valid messages, and accepts only messages of the contract', { timeout: TIMEOUT }, async () => {
      await assertProperty(title, fc.property(mutated(valid), ({ data }) => void checkParse(parse, rules, data)), FUZZ_RUNS)
    })

    it('round-trips valid messages through structuredClone, rebuilt with only the schema fields', { timeout: TIMEOUT }, async () => {
      await assertProperty(
        title,
        fc.property(valid, ({ wire, expected }) => {
          // What postMessage delivers is a structured clone; extra fields are dropped, ids become strings.
          expect(checkParse(parse, rules, structuredClone(wire))).toStrictEqual({ ok: true, message: expected })
          // The rebuilt message is valid in turn and parses to itself.
          expect(checkParse(parse, rules, expected)).toStrictEqual({ ok: true, message: expected })
        }),
        FUZZ_RUNS,
      )
    })
  })
}

describeParserProperties({ name: 'parseEmbedMessage', parse: parseEmbedMessage, rules: EMBED_RULES, valid: validEmbedCase })
describeParserProperties({ name: 'parseHostMessage', parse: parseHostMessage, rules: HOST_RULES, valid: validHostCase })
