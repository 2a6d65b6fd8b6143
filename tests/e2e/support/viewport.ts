import type { Viewport } from '../driver/types'

/** Wide enough for the page and the dev drawer side by side, as in the README's screenshot. */
export const VIEWPORT: Readonly<Viewport> = { width: 1440, height: 900 }
