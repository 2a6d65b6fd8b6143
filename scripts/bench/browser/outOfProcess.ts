import type { Browser } from 'playwright-core'

/** True when Chromium runs a frame of `origin` as an out-of-process frame (its own renderer). */
export async function hasOutOfProcessFrame(browser: Browser, origin: string): Promise<boolean> {
  const session = await browser.newBrowserCDPSession()
  try {
    const { targetInfos } = await session.send('Target.getTargets')
    return targetInfos.some((target) => target.type === 'iframe' && target.url.startsWith(origin))
  } finally {
    await session.detach()
  }
}
