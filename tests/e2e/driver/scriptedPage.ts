import type { FrameDriver, KeyName, PageDriver } from './types'

/** What Playwright's and Puppeteer's `Page` both have, with the same meaning. */
export interface ScriptedPage {
  goto(url: string): Promise<unknown>
  reload(): Promise<unknown>
  keyboard: { down(key: KeyName): Promise<void>; up(key: KeyName): Promise<void> }
}

/** The {@link PageDriver} of a Playwright or Puppeteer page whose top document is `top`. */
export function scriptedPageDriver(page: ScriptedPage, top: FrameDriver, screenshot: (path: string) => Promise<void>): PageDriver {
  return {
    ...top,
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    keyDown: (key) => page.keyboard.down(key),
    keyUp: (key) => page.keyboard.up(key),
    screenshot,
  }
}
