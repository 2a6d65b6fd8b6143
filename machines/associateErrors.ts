import type { AssociateFailure } from './types'

/** Reads an HTTP status from whatever the `associate` function rejected with. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const status = (error as { status?: unknown }).status
  // Stryker disable next-line ConditionalExpression: `Number.isInteger` is false for every non-number; the `typeof` test only narrows the type
  return typeof status === 'number' && Number.isInteger(status) ? status : undefined
}

/** 409: the CRM says the ticket is linked already, which is what we wanted. */
export function isAlreadyLinkedError(error: unknown): boolean {
  return statusOf(error) === 409
}

/**
 * Worth another attempt: network errors and timeouts (no status), 5xx and 429. Other 4xx mean the
 * request itself is wrong and would fail again.
 */
export function isRetryableAssociateError(error: unknown): boolean {
  const status = statusOf(error)
  return status === undefined || status >= 500 || status === 429
}

export function describeAssociateFailure(error: unknown): AssociateFailure {
  const status = statusOf(error)
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'unknown error'
  return status === undefined ? { message } : { status, message }
}
