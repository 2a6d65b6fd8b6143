/**
 * A 2xx response whose body is not what the endpoint promises (not JSON, or no `data` of the right
 * kind). Its own class, so that it is neither mistaken for a network failure (`TypeError`, which
 * callers retry) nor for an HTTP status error.
 */
export class InvalidResponseError extends Error {
  override readonly name = 'InvalidResponseError'
  /** The HTTP status of the response that carried the body. */
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

/** True for an {@link InvalidResponseError}. */
export function isInvalidResponseError(error: unknown): error is InvalidResponseError {
  return error instanceof InvalidResponseError
}
