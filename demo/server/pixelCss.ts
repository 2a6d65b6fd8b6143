import { createRequire } from 'node:module'
import type { AcceptedPlugin } from 'postcss'

/** Options of `@mekari/pixel3-postcss` (Panda CSS with the pixel3 preset). */
export interface PixelCssOptions {
  /** Globs, relative to `cwd`, of the files whose pixel3 components and style props need CSS. */
  include: string[]
  /** The folder `include` is relative to. */
  cwd: string
}

const require = createRequire(import.meta.url)

/**
 * The pixel3 PostCSS plugin. The package ships no types and has two start-up side effects this
 * wraps: under npm it adds an include glob found through `process.cwd()` (and throws when the
 * demo is started from another folder), and it prints its config path. Our `include` already
 * covers pixel3's files, so both are switched off while the plugin is created (synchronously).
 */
export function pixelCss(options: PixelCssOptions): AcceptedPlugin {
  const create = require('@mekari/pixel3-postcss') as (options: PixelCssOptions) => AcceptedPlugin
  const userAgent = process.env.npm_config_user_agent
  const log = console.log
  delete process.env.npm_config_user_agent
  console.log = () => {}
  try {
    return create(options)
  } finally {
    console.log = log
    if (userAgent !== undefined) process.env.npm_config_user_agent = userAgent
  }
}
