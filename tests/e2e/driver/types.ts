/** The browser engines the flows run in; `E2E_BROWSER` picks one. */
export type EngineName = 'chromium' | 'firefox' | 'webkit'

/** Every engine, in the order `npm run test:e2e` runs them. */
export const ENGINE_NAMES: readonly EngineName[] = ['chromium', 'firefox', 'webkit']

/** Keys a flow presses; WebDriver classic needs each one's code point, so the list is closed. */
export type KeyName = 'Escape' | 'Tab' | 'Enter'

/** An `<option>` to choose in a `<select>`: by its `value`, or by the text the agent reads. */
export type OptionChoice = { value: string } | { label: string }

/**
 * One document: the page's, or an iframe's (cross-origin ones included). Selectors are CSS; when
 * several elements match, actions take the first one. Every action waits until its element is
 * there and can take it (visible, enabled), up to {@link ACTION_TIMEOUT_MS}.
 *
 * A frame is found again by its selector on every call, so one `FrameDriver` keeps working after
 * the iframe is replaced (the panel's Retry mounts a new one).
 */
export interface FrameDriver {
  /**
   * Runs `fn(arg)` in this document and returns what it returns (awaited). `fn` is sent as source
   * text: it must not use anything from the test's scope, only `arg` (JSON values) and the page's
   * globals; the result must be JSON too.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>
  /** A real click in the middle of the element, scrolled into view. */
  click(selector: string): Promise<void>
  /** Replaces the value of an `<input>` or `<textarea>` with `text`, as typing would. */
  fill(selector: string, text: string): Promise<void>
  /** Chooses an option of a `<select>` as the agent would, firing `input` and `change`. */
  select(selector: string, option: OptionChoice): Promise<void>
  /** Moves keyboard focus to the element (in WebKit's cross-origin frames, by clicking it). */
  focus(selector: string): Promise<void>
  /** The document of the first iframe matching `iframeSelector` inside this one. */
  frame(iframeSelector: string): FrameDriver
}

/** The tab of a test: the top document, plus what only a whole page has. */
export interface PageDriver extends FrameDriver {
  /** Loads `url` and waits for its `load` event. */
  goto(url: string): Promise<void>
  /** Reloads in the same tab (its `sessionStorage` stays) and waits for `load`. */
  reload(): Promise<void>
  /** Presses `key` down, wherever focus is (a cross-origin frame included), without letting go. */
  keyDown(key: KeyName): Promise<void>
  /** Lets go of `key`. */
  keyUp(key: KeyName): Promise<void>
  /** Writes what the viewport shows to `path` (PNG). */
  screenshot(path: string): Promise<void>
}

/** Where the engines differ, as found by running the same flows in each; flows read it instead of naming engines. */
export interface EngineQuirks {
  /**
   * `element.focus()` from a script inside a cross-origin iframe moves focus there. WebKit refuses
   * unless the frame already has focus: its driver focuses by clicking.
   */
  scriptFocusInCrossOriginFrame: boolean
  /**
   * How the engine's driver sees the pages' requests: `network` (every request of the page and its
   * frames, from the protocol) or `resource-timing` (WebDriver classic has no network events: the
   * top page's Resource Timing entries, which include each iframe's URL but not what a
   * cross-origin frame fetches itself).
   */
  requestLog: 'network' | 'resource-timing'
}

/** One test's browser state: a fresh tab with empty storage, closed at the end of the test. */
export interface BrowserSession {
  readonly page: PageDriver
  /** URLs the session's pages requested so far (see {@link EngineQuirks.requestLog} for what each engine sees). */
  requestedUrls(): Promise<string[]>
  /** Closes the tab and whatever held its storage. Idempotent. */
  close(): Promise<void>
}

/** A launched browser; each test opens its own {@link BrowserSession}. */
export interface BrowserEngine {
  readonly name: EngineName
  readonly quirks: EngineQuirks
  /** A new isolated session whose viewport is `viewport` CSS pixels. */
  newSession(viewport: Viewport): Promise<BrowserSession>
  /** Ends every session and the browser (and its helpers: WebDriver server, virtual display). */
  close(): Promise<void>
}

export interface Viewport {
  width: number
  height: number
}

/** How long an action waits for its element: generous, a busy 2-core machine is the norm here. */
export const ACTION_TIMEOUT_MS = 30_000
