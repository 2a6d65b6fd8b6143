import type { Server } from 'node:http'
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net'

/** A server bound to the loopback interface. */
export interface LoopbackListener {
  port: number
  /** Stops listening and drops open connections. Idempotent. */
  close(): Promise<void>
}

/** Options of {@link listenOnLoopback}. */
export interface ListenOnLoopbackOptions {
  /**
   * Also answer on `[::1]`. Needed for pages served as `http://localhost:PORT`: Chromium may try
   * `::1` first, and a different program listening there would then get the page's requests.
   */
  dualStack: boolean
  /** Names the server in error messages, e.g. `HOST_PORT`. */
  name: string
}

/** How many times a free port is picked again when it is free on IPv4 but taken on IPv6. */
const FREE_PORT_ATTEMPTS = 5

/**
 * Binds `server` to `127.0.0.1:port`, and with `dualStack` the same port on `::1`, so that both
 * `http://localhost:PORT` and `http://127.0.0.1:PORT` reach it and nothing else. Loopback only:
 * the demo has fault-injection controls and must not be reachable from the network.
 *
 * The `::1` side is a plain TCP listener that hands each socket to `server`: one HTTP server (and
 * one Vite HMR socket) behind both addresses. A machine without IPv6 loopback simply skips it.
 */
export async function listenOnLoopback(server: Server, port: number, options: ListenOnLoopbackOptions): Promise<LoopbackListener> {
  for (let attempt = 1; ; attempt++) {
    await listen(server, port, '127.0.0.1').catch((error: unknown) => {
      throw describe(error, options.name, port, '127.0.0.1')
    })
    const actual = (server.address() as AddressInfo).port
    let forwarder: TcpServer | undefined
    if (options.dualStack) {
      try {
        forwarder = await forwardIpv6(server, actual)
      } catch (error) {
        if (!isIpv6Missing(error)) {
          await closeServer(server)
          // A free port picked on IPv4 can be taken on IPv6 by someone else: pick again.
          if (port === 0 && attempt < FREE_PORT_ATTEMPTS && codeOf(error) === 'EADDRINUSE') continue
          throw describe(error, options.name, actual, '::1')
        }
      }
    }
    let closing: Promise<void> | undefined
    return {
      port: actual,
      close() {
        closing ??= Promise.all([closeServer(server), forwarder ? closeServer(forwarder) : undefined]).then(() => undefined)
        return closing
      },
    }
  }
}

function listen(server: TcpServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

async function forwardIpv6(server: Server, port: number): Promise<TcpServer> {
  const forwarder = createTcpServer((socket) => server.emit('connection', socket))
  await listen(forwarder, port, '::1')
  return forwarder
}

function closeServer(server: TcpServer): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve()
    server.close(() => resolve())
    // Keep-alive sockets (and Vite's HMR socket) would otherwise hold `close` open.
    if ('closeAllConnections' in server && typeof server.closeAllConnections === 'function') server.closeAllConnections()
  })
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code

function isIpv6Missing(error: unknown): boolean {
  const code = codeOf(error)
  return code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT'
}

function describe(error: unknown, name: string, port: number, host: string): Error {
  if (codeOf(error) === 'EADDRINUSE') {
    return new Error(`port ${port} is already in use on ${host}: stop what uses it, or set ${name} to another port`)
  }
  return error instanceof Error ? error : new Error(String(error))
}
