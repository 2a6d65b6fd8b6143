import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EMBED_PAGE_PATH } from '../../../demo/demoUrls'
import type { BuiltSite } from '../../../demo/server/buildDemoPages'
import { generateCrmFormWeight, type CrmFormWeightOptions } from './crmFormWeight'

/**
 * The weight of the bench's embed page: about 1.5 MB of script (about 420 KB gzip) and 300 KB of
 * styles (about 50 KB gzip); see the notes of the latency section for why.
 */
export const CRM_FORM_WEIGHT: CrmFormWeightOptions = { scriptBytes: 1_500_000, styleBytes: 300_000, runEveryNth: 2 }

const hashed = (base: string, content: string, extension: string) =>
  `${base}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}${extension}`

/**
 * Adds the weight to the built create-ticket page of the embed's site: a stylesheet and a module
 * script, under hashed names in `assets/` (served cacheable, as the build's own), placed before
 * the page's own script. Module scripts run in document order, so the form starts only once the
 * weight has been fetched, parsed and run, as it would after its framework's chunk.
 */
export async function addCrmFormWeight(embed: BuiltSite, options: CrmFormWeightOptions = CRM_FORM_WEIGHT): Promise<void> {
  const page = embed.pages[EMBED_PAGE_PATH]
  if (!page) throw new Error(`the built embed site has no ${EMBED_PAGE_PATH}`)
  const weight = generateCrmFormWeight(options)
  const script = hashed('crm-form', weight.script, '.js')
  const style = hashed('crm-form', weight.style, '.css')
  await writeFile(join(embed.outDir, 'assets', script), weight.script)
  await writeFile(join(embed.outDir, 'assets', style), weight.style)
  const html = await readFile(page, 'utf8')
  const entry = html.indexOf('<script type="module"')
  if (entry < 0) throw new Error(`${page} has no module script to put the weight before`)
  const tags = `<link rel="stylesheet" crossorigin href="/assets/${style}">\n    <script type="module" crossorigin src="/assets/${script}"></script>\n    `
  await writeFile(page, `${html.slice(0, entry)}${tags}${html.slice(entry)}`)
}
