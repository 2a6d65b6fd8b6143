import { existsSync } from 'node:fs'

/** A program an engine needs, where Debian puts it, and the package that brings it. */
export interface RequiredBinary {
  /** What it is, for the message: `Chromium`, `WebKitWebDriver`, … */
  name: string
  path: string
  aptPackage: string
  /** The variable that points elsewhere, when there is one (`CHROMIUM_PATH`). */
  envVar?: string
}

/** The install line for `packages`, as CI and a person run it. */
export const aptInstallLine = (packages: readonly string[]) => `apt-get update && apt-get install -y ${packages.join(' ')}`

/**
 * Fails at once, saying how to install what is missing, instead of letting a launch fail later
 * with a protocol error. Every missing binary is named in one message.
 */
export function requireBinaries(engine: string, binaries: readonly RequiredBinary[]): void {
  const missing = binaries.filter((binary) => !existsSync(binary.path))
  if (missing.length === 0) return
  const what = missing.map((binary) => `${binary.name} (${binary.path}${binary.envVar ? `, or set ${binary.envVar}` : ''})`).join(', ')
  throw new Error(`${engine} cannot run: missing ${what}. Install with \`${aptInstallLine([...new Set(missing.map((b) => b.aptPackage))])}\``)
}
