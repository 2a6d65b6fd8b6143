import { fileURLToPath } from 'node:url'

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The consumer app: its own package.json, installing the packed tarball. */
export const HOST_APP_DIR = `${REPO_ROOT}examples/host-app`
/** Where the tarball goes; the app's package.json depends on `file:vendor/ticket-embed.tgz`. */
export const HOST_APP_TARBALL = `${HOST_APP_DIR}/vendor/ticket-embed.tgz`
