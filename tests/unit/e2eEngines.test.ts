// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { engineNameFrom, requireEngineInstalled } from '../e2e/driver/engines'

const MISSING = '/nonexistent/ticket-embed-test'

describe('the browser engines of the e2e suite', () => {
  it('E2E_BROWSER picks the engine, chromium by default, and a wrong name says which ones exist', () => {
    expect(engineNameFrom({})).toBe('chromium')
    expect(engineNameFrom({ E2E_BROWSER: ' WebKit ' })).toBe('webkit')
    expect(engineNameFrom({ E2E_BROWSER: 'firefox' })).toBe('firefox')
    expect(() => engineNameFrom({ E2E_BROWSER: 'safari' })).toThrow('E2E_BROWSER="safari" is not an engine: use one of chromium, firefox, webkit')
  })

  it.each([
    ['chromium', { CHROMIUM_PATH: MISSING }, 'apt-get update && apt-get install -y chromium', 'CHROMIUM_PATH'],
    ['firefox', { FIREFOX_PATH: MISSING }, 'apt-get update && apt-get install -y firefox-esr', 'FIREFOX_PATH'],
    ['webkit', { WEBKIT_DRIVER_PATH: MISSING, DISPLAY: ':0' }, 'apt-get update && apt-get install -y webkit2gtk-driver', 'WEBKIT_DRIVER_PATH'],
  ] as const)('a missing %s fails at once with the line that installs it', (engine, env, installLine, variable) => {
    expect(() => requireEngineInstalled(engine, env)).toThrow(installLine)
    expect(() => requireEngineInstalled(engine, env)).toThrow(`or set ${variable}`)
  })

  it('WebKit without a display also needs Xvfb, and one message names everything missing', () => {
    const env = { WEBKIT_DRIVER_PATH: MISSING, MINIBROWSER_PATH: MISSING }
    let message = ''
    try {
      requireEngineInstalled('webkit', env)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain(`WebKitWebDriver (${MISSING}`)
    expect(message).toContain(`MiniBrowser (${MISSING}`)
    // One package each, named once (MiniBrowser comes with webkit2gtk-driver's dependencies).
    expect(message.match(/webkit2gtk-driver/g)).toHaveLength(1)
  })
})
