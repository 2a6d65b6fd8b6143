import { buildBenchPages } from './buildPages'
import { serveStatic } from './serveStatic'

/** The bench pages on three origins: the host's site, the embed's site, and a third origin. */
export interface BenchSites {
  hostOrigin: string
  /** Another site than the host's: Chromium gives the embed its own renderer process, as in production. */
  embedOrigin: string
  /** Neither the host nor the embed: where "wrong origin" messages come from. */
  spoofOrigin: string
  /** The host page set up for one benchmark. */
  hostPage(mode: 'handshake' | 'flood' | 'leak'): string
  close(): Promise<void>
}

let built: ReturnType<typeof buildBenchPages> | null = null

/** Builds the pages (once per process) and serves them on free ports. */
export async function startBenchSites(): Promise<BenchSites> {
  const dirs = await (built ??= buildBenchPages())
  const host = await serveStatic(dirs.host, 'localhost')
  const embed = await serveStatic(dirs.embed, '127.0.0.1')
  const spoof = await serveStatic(dirs.embed, '127.0.0.1')
  return {
    hostOrigin: host.origin,
    embedOrigin: embed.origin,
    spoofOrigin: spoof.origin,
    hostPage: (mode) =>
      `${host.origin}/host/index.html?${new URLSearchParams({ mode, embed: embed.origin, spoof: spoof.origin })}`,
    close: async () => {
      await Promise.all([host.close(), embed.close(), spoof.close()])
    },
  }
}
