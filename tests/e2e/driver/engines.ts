import { launchChromium, resolveChromiumPath } from './chromiumEngine'
import { firefoxPath, launchFirefox } from './firefoxEngine'
import { ENGINE_NAMES, type BrowserEngine, type EngineName } from './types'
import { launchWebKit, webkitBinaries } from './webkitEngine'

type Env = Readonly<Record<string, string | undefined>>

const LAUNCHERS: Readonly<Record<EngineName, (env: Env) => Promise<BrowserEngine>>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
}

const INSTALL_CHECKS: Readonly<Record<EngineName, (env: Env) => unknown>> = {
  chromium: resolveChromiumPath,
  firefox: firefoxPath,
  webkit: (env) => webkitBinaries(env, !env.DISPLAY),
}

/** Throws, with the `apt-get` line that fixes it, when a program `name` needs is not installed. */
export function requireEngineInstalled(name: EngineName, env: Env = process.env): void {
  INSTALL_CHECKS[name](env)
}

/** The engine `E2E_BROWSER` names (`chromium` when unset). */
export function engineNameFrom(env: Env): EngineName {
  const value = env.E2E_BROWSER?.trim().toLowerCase() || 'chromium'
  if (!(ENGINE_NAMES as readonly string[]).includes(value)) {
    throw new Error(`E2E_BROWSER="${env.E2E_BROWSER}" is not an engine: use one of ${ENGINE_NAMES.join(', ')}`)
  }
  return value as EngineName
}

/** Launches `name`, failing at once with an install line when its programs are missing. */
export function launchEngine(name: EngineName, env: Env = process.env): Promise<BrowserEngine> {
  return LAUNCHERS[name](env)
}
