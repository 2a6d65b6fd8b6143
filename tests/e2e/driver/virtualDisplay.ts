import { startProcess } from './childProcess'

/** The X display MiniBrowser draws on. */
export interface VirtualDisplay {
  /** For `DISPLAY`, e.g. `:99`. */
  display: string
  close(): Promise<void>
}

/** Big enough for the 1440 × 900 viewport plus MiniBrowser's toolbar. */
const SCREEN = '1600x1000x24'

/**
 * An X server resets when its last client disconnects, and refuses connections while it does: a
 * MiniBrowser started just as the previous one exits fails with "cannot open display" and exits,
 * and WebKitWebDriver then never answers that `POST /session` (2 starts of 16 in a CI run).
 * With `-noreset` the server stays up between sessions.
 */
const XVFB_ARGS = ['-screen', '0', SCREEN, '-nolisten', 'tcp', '-noreset']

/**
 * The display to use: the one in `DISPLAY` (a desktop, or `xvfb-run`), else an Xvfb of our own on
 * the first free display number (`-displayfd` reports which), reachable only through its socket.
 */
export async function openVirtualDisplay(env: Readonly<Record<string, string | undefined>>, xvfbPath: string): Promise<VirtualDisplay> {
  if (env.DISPLAY) return { display: env.DISPLAY, close: async () => undefined }
  const xvfb = startProcess(xvfbPath, ['-displayfd', '1', ...XVFB_ARGS], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  xvfb.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const number = await new Promise<string>((resolve, reject) => {
    let out = ''
    xvfb.child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('\n')) resolve(out.trim())
    })
    xvfb.child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before reporting its display: ${stderr.trim()}`)))
    xvfb.child.once('error', reject)
  })
  return { display: `:${number}`, close: () => xvfb.stop() }
}
