import { LOCAL_ICON_PATH, PIXEL3_ICON_CDN } from '../shared/pixelIconRoute'

/**
 * Sends pixel3's icon downloads to the host server instead of the public CDN, so the demo works
 * offline and no request leaves the machine. `MpIcon` calls the global `fetch`, so the rewrite is
 * a thin wrapper that touches those URLs only and passes everything else through unchanged.
 */
export function routeIconsLocally(win: Window & typeof globalThis): void {
  const original = win.fetch.bind(win)
  win.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (url.startsWith(PIXEL3_ICON_CDN)) return original(`${LOCAL_ICON_PATH}${url.slice(PIXEL3_ICON_CDN.length)}`, init)
    return original(input, init)
  }
}
