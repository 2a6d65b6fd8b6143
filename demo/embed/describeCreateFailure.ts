import { isHttpError } from '../../api'
import type { CreateErrorPayload } from '../../child'

/**
 * What the form tells the host when the CRM refused the ticket: a stable code the host can act on,
 * and one plain-text sentence for the agent (no markup: the host shows it as text, and the SDK
 * refuses angle brackets anyway).
 */
export function describeCreateFailure(error: unknown): CreateErrorPayload {
  if (isHttpError(error)) {
    const status = error.status
    if (status === 401 || status === 403) {
      return { errorCode: 'AUTH_REQUIRED', errorMessage: 'Your CRM session has expired. Sign in to the CRM again, then retry.' }
    }
    if (status === 422) {
      return { errorCode: 'VALIDATION_FAILED', errorMessage: 'The CRM did not accept the ticket details. Check the fields and try again.' }
    }
    return {
      errorCode: 'CREATE_FAILED',
      errorMessage: `The CRM could not create the ticket (HTTP ${status}). Nothing was saved, please try again.`,
    }
  }
  return { errorCode: 'NETWORK_ERROR', errorMessage: 'The CRM could not be reached. Check the connection and try again.' }
}
