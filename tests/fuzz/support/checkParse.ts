import fc from 'fast-check'
import type { ParseResult } from '../../../protocol/messages'
import { faithfulnessProblem, messageProblem, mustRejectReason, REASON_PATTERN, type MessageRules } from './messageOracle'

/**
 * Runs `parse` on `data` and fails (with a readable reason) when the outcome breaks the contract:
 * it throws, it answers in another shape, or it accepts something DESIGN §2 refuses.
 */
export function checkParse<M>(parse: (data: unknown) => ParseResult<M>, rules: Record<string, MessageRules>, data: unknown): ParseResult<M> {
  const result = parse(data)
  if (result.ok === false) {
    if (Object.keys(result).length !== 2 || !REASON_PATTERN.test(result.reason)) {
      throw new Error(`refused with an unexpected answer ${fc.stringify(result)}`)
    }
    return result
  }
  if (result.ok !== true || Object.keys(result).length !== 2) throw new Error(`answered ${fc.stringify(result)}`)
  const message = result.message as Record<string, unknown>
  const problem =
    (message === data ? 'returned the sender’s object instead of a rebuilt one' : null) ??
    messageProblem(rules, message) ??
    faithfulnessProblem(data, message) ??
    mustRejectReason(data)
  if (problem) throw new Error(`accepted ${fc.stringify(data)} as ${fc.stringify(message)}: ${problem}`)
  return result
}
