import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { remote } from 'webdriverio'
import { freePort, lastLines, startProcess } from './childProcess'
import { clickableNow } from './clickable'
import { withReceivedClicks } from './receivedClick'
import { requireBinaries, type RequiredBinary } from './requireBinary'
import { ACTION_TIMEOUT_MS, type BrowserEngine, type FrameDriver, type KeyName, type PageDriver } from './types'
import { openVirtualDisplay } from './virtualDisplay'
import { waitUntil } from './waitFor'

type WebDriverBrowser = Awaited<ReturnType<typeof remote>>

/** WebDriver's key for an element reference in a command's body. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf'
/** WebDriver's code points for the keys the flows press. */
const KEY_CODES: Readonly<Record<KeyName, string>> = { Escape: '\uE00C', Tab: '\uE004', Enter: '\uE007' }
const BACKSPACE = '\uE003'
/** Longer texts are put in place rather than typed key by key (see `fill`). */
const TYPED_IN_FULL = 100

/** Where Debian's packages put each program (the variables point elsewhere); fails naming what is missing. */
export function webkitBinaries(env: Readonly<Record<string, string | undefined>>, needsXvfb: boolean) {
  const driver: RequiredBinary = { name: 'WebKitWebDriver', path: env.WEBKIT_DRIVER_PATH?.trim() || '/usr/bin/WebKitWebDriver', aptPackage: 'webkit2gtk-driver', envVar: 'WEBKIT_DRIVER_PATH' }
  const browser: RequiredBinary = {
    name: 'MiniBrowser',
    path: env.MINIBROWSER_PATH?.trim() || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    aptPackage: 'webkit2gtk-driver',
    envVar: 'MINIBROWSER_PATH',
  }
  const xvfb: RequiredBinary = { name: 'Xvfb', path: '/usr/bin/Xvfb', aptPackage: 'xvfb' }
  requireBinaries('WebKit', needsXvfb ? [driver, browser, xvfb] : [driver, browser])
  return { driver: driver.path, browser: browser.path, xvfb: xvfb.path }
}

/**
 * Runs the calls of one session one at a time. WebDriver classic has one "current frame" per
 * session: a call switches to its frame, works, and must not be interleaved with another call's switch.
 */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(work: () => Promise<T>): Promise<T> => {
    const result = tail.then(work)
    tail = result.catch(() => undefined)
    return result
  }
}

function frameDriver(browser: WebDriverBrowser, serial: ReturnType<typeof serialQueue>, path: readonly string[]): FrameDriver {
  /** Switches to this frame from the top, finding each iframe again (it may have been replaced). */
  const enter = async () => {
    await browser.switchToFrame(null)
    for (const selector of path) {
      const iframe = await browser.$(selector)
      await iframe.waitForExist({ timeout: ACTION_TIMEOUT_MS })
      await browser.switchToFrame({ [ELEMENT_KEY]: iframe.elementId })
    }
  }
  const inFrame = <T>(work: () => Promise<T>) => serial(async () => (await enter(), work()))
  const displayed = async (selector: string) => {
    const element = await browser.$(selector)
    await element.waitForDisplayed({ timeout: ACTION_TIMEOUT_MS })
    return element
  }
  /** Clicks once the element stays in place and nothing covers it (see `clickableNow`). */
  const clickInPlace = async (selector: string) => {
    await displayed(selector)
    await waitUntil(`${selector} to take a click (in place over two frames, nothing on top)`, () => browser.execute(clickableNow, selector), {
      timeout: ACTION_TIMEOUT_MS,
    })
    const element = await browser.$(selector)
    await element.click()
    return element
  }
  const inChildFrame = path.length > 0
  return {
    evaluate: (fn, arg) => inFrame(() => browser.execute(fn as never, arg as never) as never),
    click: (selector) => inFrame(async () => void (await clickInPlace(selector))),
    fill: (selector, text) =>
      inFrame(async () => {
        // In a cross-origin frame the field takes keys only once a click has given it focus.
        const field = inChildFrame ? await clickInPlace(selector) : await displayed(selector)
        if (text.length > TYPED_IN_FULL) {
          // Send Keys types one key at a time (seconds per hundred in MiniBrowser): put all but the
          // last character in place, then type that one, so the page gets a real `input` event.
          await browser.execute((input, value) => void ((input as unknown as HTMLInputElement).value = value), field, text.slice(0, -1))
          return field.addValue(text.slice(-1))
        }
        if (text !== '') return field.setValue(text)
        // Element Clear empties the value without an `input` event: select everything and delete it.
        await browser.execute((input) => (input as unknown as HTMLInputElement).select(), field)
        await field.addValue(BACKSPACE)
      }),
    select: (selector, option) =>
      inFrame(async () => {
        const field = await displayed(selector)
        if ('value' in option) await field.selectByAttribute('value', option.value)
        else await field.selectByVisibleText(option.label)
      }),
    // WebKit refuses `element.focus()` from a cross-origin frame that does not have focus yet.
    focus: (selector) =>
      inFrame(async () => {
        if (inChildFrame) await clickInPlace(selector)
        else await browser.execute((e) => (e as unknown as HTMLElement).focus(), await displayed(selector))
      }),
    frame: (iframeSelector) => frameDriver(browser, serial, [...path, iframeSelector]),
  }
}

/** Every URL the top document loaded, from its Resource Timing entries. */
const resourceUrls = (browser: WebDriverBrowser) =>
  browser.execute(() => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)])

/** The tab of a session, and the URLs its documents loaded so far. */
function pageDriver(browser: WebDriverBrowser): { page: PageDriver; requestedUrls(): Promise<string[]> } {
  const serial = serialQueue()
  const seen: string[] = []
  const top = withReceivedClicks(frameDriver(browser, serial, []))
  // Entries of a document are gone once it is left: keep them before every navigation.
  const keepUrls = async () => {
    await browser.switchToFrame(null)
    seen.push(...(await resourceUrls(browser).catch(() => [])))
  }
  const keys = (type: 'keyDown' | 'keyUp', key: KeyName) =>
    serial(() => browser.performActions([{ type: 'key', id: 'keyboard', actions: [{ type, value: KEY_CODES[key] }] }]))
  const page: PageDriver = {
    ...top,
    goto: (url) => serial(async () => (await keepUrls(), browser.url(url))).then(() => undefined),
    reload: () => serial(async () => (await keepUrls(), browser.refresh())),
    keyDown: (key) => keys('keyDown', key),
    keyUp: async (key) => {
      await keys('keyUp', key)
      await serial(() => browser.releaseActions())
    },
    screenshot: (path) => serial(async () => void (await browser.saveScreenshot(path))),
  }
  const requestedUrls = () =>
    serial(async () => {
      await browser.switchToFrame(null)
      return [...seen, ...(await resourceUrls(browser))]
    })
  return { page, requestedUrls }
}

/** How long starting a MiniBrowser may take before the driver is replaced and asked again. */
const SESSION_TIMEOUT_MS = 90_000
const SESSION_ATTEMPTS = 3

/** A WebKitWebDriver listening on `port`. */
interface WebKitDriver {
  readonly port: number
  /** The last lines WebKitWebDriver and its MiniBrowsers wrote to stderr. */
  recentOutput(): string[]
  stop(): Promise<void>
}

/** Starts WebKitWebDriver on a free port and waits until it answers. */
async function startWebKitDriver(command: string, env: NodeJS.ProcessEnv): Promise<WebKitDriver> {
  const port = await freePort()
  // One session at a time: a new one replaces one the driver still holds (a MiniBrowser that is
  // slow to exit on a busy machine) instead of waiting behind it.
  // stderr is kept (MiniBrowser inherits it): a MiniBrowser that exits at start, e.g. "cannot open
  // display", leaves its `POST /session` unanswered, and only this says why.
  const driver = startProcess(command, [`--port=${port}`, '--replace-on-new-session'], { stdio: ['ignore', 'ignore', 'pipe'], env })
  const recentOutput = lastLines(driver.child.stderr, 8)
  // A MiniBrowser left behind holds the pipe open: let go of it, or this process waits for it.
  const stop = () => driver.stop().then(() => void driver.child.stderr?.destroy())
  try {
    await waitUntil(`WebKitWebDriver on port ${port}`, async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, { timeout: 15_000 })
  } catch (error) {
    await stop()
    throw error
  }
  return { port, recentOutput, stop }
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic, `webdriverio`), on the
 * display in `DISPLAY` or on an Xvfb of its own. There are no browser contexts: each session is a
 * new MiniBrowser (half a second), so storage starts empty. Requests come from Resource Timing.
 */
export async function launchWebKit(env: Readonly<Record<string, string | undefined>>): Promise<BrowserEngine> {
  const paths = webkitBinaries(env, !env.DISPLAY)
  // webdriverio calls classic `switchToFrame` deprecated in favour of `switchFrame`, which needs
  // WebDriver BiDi; WebKitWebDriver speaks classic only, so the classic command is the one to use.
  process.env.DISABLE_WEBDRIVERIO_DEPRECATION_WARNINGS ??= 'true'
  const cleanup: (() => Promise<void>)[] = []
  const close = async () => {
    for (const step of cleanup.splice(0).reverse()) await step().catch(() => undefined)
  }
  try {
    const display = await openVirtualDisplay(env, paths.xvfb)
    cleanup.push(() => display.close())
    // MiniBrowser writes caches under $HOME otherwise.
    const home = await mkdtemp(join(tmpdir(), 'ticket-embed-webkit-'))
    cleanup.push(() => rm(home, { recursive: true, force: true }))
    const driverEnv = { ...process.env, DISPLAY: display.display, HOME: home, XDG_CACHE_HOME: join(home, 'cache') }
    let driver = await startWebKitDriver(paths.driver, driverEnv)
    cleanup.push(() => driver.stop())

    const capabilities = {
      browserName: 'MiniBrowser',
      // Without it webdriverio asks for BiDi and WebKitWebDriver answers "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] },
    }
    return {
      name: 'webkit',
      quirks: { scriptFocusInCrossOriginFrame: false, requestLog: 'resource-timing' },
      async newSession(viewport) {
        let browser: WebDriverBrowser | undefined
        for (let attempt = 1; !browser; attempt++) {
          try {
            browser = await remote({
              hostname: '127.0.0.1',
              port: driver.port,
              path: '/',
              logLevel: 'error',
              connectionRetryTimeout: SESSION_TIMEOUT_MS,
              // One POST per attempt: a request re-sent by the client after a timeout is still
              // queued in the driver, and the session it makes later replaces the one in use
              // ("invalid session id" in the middle of the next test).
              connectionRetryCount: 0,
              capabilities: capabilities as never,
            })
          } catch (error) {
            if (attempt >= SESSION_ATTEMPTS) throw error
            const said = driver.recentOutput()
            console.warn(
              `[e2e] webkit: a new session failed (${error instanceof Error ? error.message : String(error)}); restarting WebKitWebDriver and asking again` +
                (said.length > 0 ? `\n  its last lines on stderr:\n    ${said.join('\n    ')}` : ''),
            )
            // The request that timed out may still create a session; only a new driver is sure
            // to hold none.
            await driver.stop()
            driver = await startWebKitDriver(paths.driver, driverEnv)
          }
        }
        // The window includes MiniBrowser's toolbar: size it so the page gets `viewport`.
        await browser.setWindowSize(viewport.width, viewport.height)
        const [width, height] = await browser.execute(() => [innerWidth, innerHeight])
        await browser.setWindowSize(2 * viewport.width - width, 2 * viewport.height - height)
        const { page, requestedUrls } = pageDriver(browser)
        let closing: Promise<void> | undefined
        return {
          page,
          requestedUrls,
          close: () => (closing ??= browser.deleteSession().then(() => undefined)),
        }
      },
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}
