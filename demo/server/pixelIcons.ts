import { LOCAL_ICON_PATH } from '../shared/pixelIconRoute'
import type { Middleware } from './middleware'

/** Stroke attributes shared by every drawn icon; `MpIcon` turns the colour into `currentcolor`. */
const LINE = 'stroke="#626B79" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"'

/**
 * Simple 24 × 24 line icons for the names the demo's pixel3 components ask for (toast, spinner,
 * banner, popover, buttons). Drawn here, not copied from the CDN: they only need to read right.
 * No `fill="none"` on shapes: `MpIcon` rewrites every `fill="…"` to `currentcolor`.
 */
const ICONS: Readonly<Record<string, string>> = {
  done: `<circle cx="12" cy="12" r="9" ${LINE}/><path d="M8 12.5l2.7 2.7L16.2 9.6" ${LINE}/>`,
  check: `<path d="M5 12.5l4.5 4.5L19 7.5" ${LINE}/>`,
  error: `<circle cx="12" cy="12" r="9" ${LINE}/><path d="M12 7.5v5.5M12 16.4v.1" ${LINE}/>`,
  info: `<circle cx="12" cy="12" r="9" ${LINE}/><path d="M12 11v5.5M12 7.6v.1" ${LINE}/>`,
  'warning-triangle': `<path d="M10.3 4.3L2.9 17.5A2 2 0 0 0 4.6 20.5h14.8a2 2 0 0 0 1.7-3L13.7 4.3a2 2 0 0 0-3.4 0z" ${LINE}/><path d="M12 9.5v4M12 16.9v.1" ${LINE}/>`,
  'warning-circular': `<circle cx="12" cy="12" r="9" ${LINE}/><path d="M12 7.5v5.5M12 16.4v.1" ${LINE}/>`,
  close: `<path d="M6.5 6.5l11 11M17.5 6.5l-11 11" ${LINE}/>`,
  add: `<path d="M12 5v14M5 12h14" ${LINE}/>`,
  minus: `<path d="M5 12h14" ${LINE}/>`,
  search: `<circle cx="11" cy="11" r="6.5" ${LINE}/><path d="M16 16l4 4" ${LINE}/>`,
  'chevrons-down': `<path d="M6.5 9.5l5.5 5.5 5.5-5.5" ${LINE}/>`,
  'chevrons-up': `<path d="M6.5 14.5l5.5-5.5 5.5 5.5" ${LINE}/>`,
  'chevrons-left': `<path d="M14.5 6.5L9 12l5.5 5.5" ${LINE}/>`,
  'chevrons-right': `<path d="M9.5 6.5L15 12l-5.5 5.5" ${LINE}/>`,
  'caret-down': `<path d="M8 10.5l4 4 4-4" ${LINE}/>`,
  'arrows-left': `<path d="M19 12H5.5M11 6l-6 6 6 6" ${LINE}/>`,
  'loader-': `<path d="M12 3a9 9 0 1 1-9 9" ${LINE}/>`,
}

/** Shown for any other name: a quiet circle, the same placeholder `MpIcon` draws while loading. */
const FALLBACK = `<circle cx="12" cy="12" r="8" ${LINE}/>`

/** `MpIcon` asks for `<name>-<variant>.svg`, or `<name>.svg` for names without variants. */
const VARIANT_SUFFIX = /-(outline|fill|duotone)$/
const ICON_FILE = /^([A-Za-z0-9_-]{1,80})\.svg$/

/** The SVG document for an icon file name such as `done-outline.svg`; `undefined` for a bad name. */
export function pixelIconSvg(fileName: string): string | undefined {
  const match = ICON_FILE.exec(fileName)
  if (!match) return undefined
  const name = match[1]!
  const body = ICONS[name] ?? ICONS[name.replace(VARIANT_SUFFIX, '')] ?? FALLBACK
  return `<svg width="24" height="24" viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg">\n${body}</svg>`
}

/** Serves the icons under {@link LOCAL_ICON_PATH}; other requests go on. */
export const servePixelIcons: Middleware = (req, res, next) => {
  const url = req.url ?? ''
  if (!url.startsWith(LOCAL_ICON_PATH)) return next()
  const svg = pixelIconSvg(url.slice(LOCAL_ICON_PATH.length).split('?')[0]!)
  if (svg === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    return void res.end('unknown icon\n')
  }
  res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'max-age=3600' })
  res.end(svg)
}
