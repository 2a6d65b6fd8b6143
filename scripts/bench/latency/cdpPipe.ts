import type { Readable, Writable } from 'node:stream'

/** A DevTools protocol event, with the session it came from (none: the browser's own). */
export interface CdpEvent {
  method: string
  params: Record<string, unknown>
  sessionId?: string
}

/** A DevTools protocol client over Chromium's `--remote-debugging-pipe`, flat sessions included. */
export interface CdpPipe {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>
  onEvent(listener: (event: CdpEvent) => void): () => void
}

interface Pending {
  resolve(result: unknown): void
  reject(error: Error): void
  method: string
}

/**
 * Speaks the protocol over the two pipes Chromium opens as file descriptors 3 (commands in) and 4
 * (answers and events out): JSON messages, each ended by a NUL byte. Written here rather than taken
 * from a library because the bench needs exactly one thing Playwright does not expose: commands to
 * child sessions that `Target.setAutoAttach` creates (`flatten: true`), before those targets run.
 */
export function cdpPipe(input: Writable, output: Readable): CdpPipe {
  let nextId = 1
  const pending = new Map<number, Pending>()
  const listeners = new Set<(event: CdpEvent) => void>()
  let buffered = ''

  output.setEncoding('utf8')
  output.on('data', (chunk: string) => {
    buffered += chunk
    let end: number
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as {
        id?: number
        result?: unknown
        error?: { message: string }
        method?: string
        params?: Record<string, unknown>
        sessionId?: string
      }
      buffered = buffered.slice(end + 1)
      if (message.id !== undefined) {
        const waiting = pending.get(message.id)
        pending.delete(message.id)
        if (message.error) waiting?.reject(new Error(`${waiting.method}: ${message.error.message}`))
        else waiting?.resolve(message.result)
      } else if (message.method) {
        for (const listener of listeners) listener({ method: message.method, params: message.params ?? {}, sessionId: message.sessionId })
      }
    }
  })
  output.on('close', () => {
    for (const waiting of pending.values()) waiting.reject(new Error(`${waiting.method}: the browser closed the pipe`))
    pending.clear()
  })

  return {
    send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string) {
      const id = nextId++
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (result: unknown) => void, reject, method })
        input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`)
      })
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
