/**
 * CLI entry of the stand-in CRM API: `tsx demo/api/main.ts`.
 * Env: `API_PORT` (default 5175), `API_HOST` (default 127.0.0.1),
 * `ALLOWED_ORIGINS` (comma list, default `http://localhost:5173,http://127.0.0.1:5174`).
 */
import { createCrmApiServer } from './server'

const DEFAULT_PORT = 5175
const DEFAULT_ORIGINS = 'http://localhost:5173,http://127.0.0.1:5174'

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`invalid API_PORT "${value}"`)
  return port
}

async function main(): Promise<void> {
  const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? DEFAULT_ORIGINS)
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
  const server = await createCrmApiServer({
    port: readPort(process.env.API_PORT),
    host: process.env.API_HOST || '127.0.0.1',
    allowedOrigins,
  })
  console.log(`CRM API stand-in listening on ${server.url} (allowed origins: ${allowedOrigins.join(', ')})`)
  const stop = (signal: string) => {
    console.log(`CRM API stand-in: ${signal}, closing`)
    void server.close().then(() => {
      process.exitCode = 0
    })
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error('CRM API stand-in failed to start:', error instanceof Error ? error.message : error)
  process.exitCode = 1
})
