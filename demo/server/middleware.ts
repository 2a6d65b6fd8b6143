import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'

/**
 * A connect-style request handler: answers, or calls `next()` to let the following one answer.
 * The demo's routes are written this way once and mounted both on Vite's dev server and on the
 * static server of the built pages (`builtPagesHandler`).
 */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** Runs `middlewares` in order; `last` answers when none did. */
export function chainMiddlewares(middlewares: readonly Middleware[], last: (req: IncomingMessage, res: ServerResponse) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const run = (index: number): void => {
      const middleware = middlewares[index]
      if (!middleware) return last(req, res)
      middleware(req, res, () => run(index + 1))
    }
    run(0)
  }
}

/** Mounts `middlewares` on Vite's dev server, ahead of its own. */
export function devServerRoutes(name: string, middlewares: readonly Middleware[]): Plugin {
  return {
    name: `ticket-embed-demo:${name}`,
    configureServer(server) {
      for (const middleware of middlewares) server.middlewares.use(middleware)
    },
  }
}
