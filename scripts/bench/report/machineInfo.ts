import { execFileSync } from 'node:child_process'
import { cpus, totalmem, type as osType, release } from 'node:os'

export interface MachineInfo {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  chromium: string
  date: string
}

function chromiumVersion(): string {
  try {
    // The Debian wrapper script prints a shell warning on stderr; only stdout is the version.
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'not found'
  }
}

/** What the figures were measured on: they only compare within one machine. */
export function machineInfo(): MachineInfo {
  const cores = cpus()
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    date: new Date().toISOString().slice(0, 10),
  }
}
