import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../../tests/e2e/driver/chromiumEngine'
import { cdpPipe, type CdpPipe } from './cdpPipe'

/** One Chromium driven two ways: Playwright (pages, frames, clicks) and a raw protocol pipe (every target). */
export interface PipedChromium {
  browser: Browser
  cdp: CdpPipe
  close(): Promise<void>
}

const LISTENING = /DevTools listening on (ws:\/\/\S+)/

function devToolsUrl(stderr: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const found = LISTENING.exec(text)
      if (found) {
        stderr.off('data', onData)
        resolve(found[1]!)
      }
    }
    stderr.on('data', onData)
    stderr.once('close', () => reject(new Error(`Chromium exited before it listened:\n${text.slice(-2000)}`)))
  })
}

/**
 * Starts the system Chromium (headless, the browser tests' flags) with both a debugging port, which
 * Playwright connects to, and a debugging pipe, which {@link cdpPipe} speaks on.
 */
export async function launchChromiumWithPipe(): Promise<PipedChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'ticket-embed-latency-'))
  const child = spawn(
    resolveChromiumPath(process.env),
    [...CHROMIUM_ARGS, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--remote-debugging-pipe', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    const url = await devToolsUrl(child.stderr!)
    child.stderr!.resume()
    const cdp = cdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable)
    const browser = await chromium.connectOverCDP(url)
    return {
      browser,
      cdp,
      close: async () => {
        await browser.close().catch(() => undefined)
        child.kill()
        await exited
        await rm(profile, { recursive: true, force: true })
      },
    }
  } catch (error) {
    child.kill()
    await exited
    await rm(profile, { recursive: true, force: true })
    throw error
  }
}
