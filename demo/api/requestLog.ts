/** One handled request, as `GET /__log` lists it. */
export interface LogEntry {
  /** ISO 8601 time the response finished. */
  at: string
  method: string
  /** Path and query as received, not normalised. */
  path: string
  status: number
  /** The request's `Origin` header, when it had one. */
  origin?: string
}

/** The last `capacity` requests, oldest first; older ones fall off, so a long demo session stays small. */
export class RequestLog {
  readonly #capacity: number
  #entries: LogEntry[] = []

  constructor(capacity = 200) {
    this.#capacity = capacity
  }

  add(entry: LogEntry): void {
    this.#entries.push(entry)
    if (this.#entries.length > this.#capacity) this.#entries.splice(0, this.#entries.length - this.#capacity)
  }

  entries(): LogEntry[] {
    return this.#entries.map((e) => ({ ...e }))
  }

  clear(): void {
    this.#entries = []
  }
}
