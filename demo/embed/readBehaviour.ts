import type { EmbedReadyMode } from '../api/control'

/** How this page announces itself, as set in the dev drawer. */
export interface EmbedBehaviour {
  embedReady: EmbedReadyMode
  slowReadyMs: number
}

const NORMAL: EmbedBehaviour = { embedReady: 'normal', slowReadyMs: 0 }

/**
 * Reads the embed behaviour from the stand-in API's `/__control` once, when the page loads (so a
 * change in the drawer applies to the next form that opens). Any failure means "normal": a broken
 * control must not look like a broken form.
 */
export async function readBehaviour(apiUrl: string): Promise<EmbedBehaviour> {
  try {
    const response = await fetch(`${apiUrl}/__control`, { headers: { accept: 'application/json' } })
    if (!response.ok) return NORMAL
    const body = (await response.json()) as { data?: Partial<EmbedBehaviour> }
    const mode = body.data?.embedReady
    const delay = body.data?.slowReadyMs
    return {
      embedReady: mode === 'slow' || mode === 'never' ? mode : 'normal',
      slowReadyMs: typeof delay === 'number' && Number.isFinite(delay) ? Math.max(0, delay) : 0,
    }
  } catch {
    return NORMAL
  }
}
