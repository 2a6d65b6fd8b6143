import { normaliseOrigins } from './api/cors'

/**
 * Extra host origins the demo's form and API trust besides the demo's own host page, from
 * `TRUSTED_HOST_ORIGINS` (comma-separated, e.g. `http://localhost:4173,https://app.test`): an app of
 * one's own (such as `examples/host-app`) can then embed the demo's form and call its API.
 * @throws TypeError naming the value when one is not an http(s) origin.
 */
export function readTrustedHostOrigins(env: Readonly<Record<string, string | undefined>>): string[] {
  const values = (env.TRUSTED_HOST_ORIGINS ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '')
  try {
    return [...normaliseOrigins(values)]
  } catch (error) {
    throw new TypeError(`TRUSTED_HOST_ORIGINS: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}
