import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { createServer } from 'node:net'
import type { Readable } from 'node:stream'

/** A helper program the driver started; {@link StartedProcess.stop} ends it and waits. */
export interface StartedProcess {
  readonly child: ChildProcess
  stop(): Promise<void>
}

/** Starts `command`; `stop()` sends SIGTERM, then SIGKILL if it has not exited within 5 s. */
export function startProcess(command: string, args: readonly string[], options: SpawnOptions): StartedProcess {
  const child = spawn(command, args, options)
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    child.once('exit', () => resolve())
    child.once('error', () => resolve())
  })
  // A test run that dies must not leave a display or a driver behind.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  let stopping: Promise<void> | undefined
  return {
    child,
    stop() {
      stopping ??= (async () => {
        process.off('exit', killOnExit)
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      })()
      return stopping
    },
  }
}

/** A TCP port free on loopback right now (for programs that cannot pick their own). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * The last `count` non-empty lines `stream` wrote (older ones are dropped as they come), to say
 * in an error what a helper program printed before it went wrong.
 */
export function lastLines(stream: Readable | null | undefined, count: number): () => string[] {
  const lines: string[] = []
  let partial = ''
  stream?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n')
    partial = parts.pop() ?? ''
    lines.push(...parts.filter((line) => line.trim() !== ''))
    lines.splice(0, lines.length - count)
  })
  return () => [...lines, ...(partial.trim() === '' ? [] : [partial])].slice(-count)
}
