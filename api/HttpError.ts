/**
 * A response arrived, but its status was not one the caller can use. Network failures and aborts
 * are deliberately *not* wrapped: callers tell them apart by the error fetch threw (`TypeError`,
 * `DOMException` named `AbortError`), and retry logic needs exactly that distinction.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError'
  /** The HTTP status code, e.g. `404`. */
  readonly status: number
  /** The response body: parsed JSON when it was JSON, else the text; `undefined` when unreadable. */
  readonly body?: unknown

  constructor(status: number, message: string, body?: unknown) {
    super(message)
    this.status = status
    if (body !== undefined) this.body = body
  }
}

/** True for an {@link HttpError}. */
export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError
}
