import { readdir, readFile, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { promisify } from 'node:util'

const COMPRESSED_TYPES = new Set(['.html', '.js', '.css', '.svg'])
const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/**
 * Writes a `.br` (quality 11) and a `.gz` (level 9) beside every text file of a built site, as a
 * build pipeline does for a CDN that serves precompressed files; the demo's built-site server
 * sends them to browsers that accept the encoding.
 */
export async function precompressSite(outDir: string): Promise<void> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSED_TYPES.has(extname(entry.name))) continue
    const path = join(entry.parentPath, entry.name)
    const content = await readFile(path)
    await writeFile(`${path}.br`, await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
    await writeFile(`${path}.gz`, await gzipped(content, { level: 9 }))
  }
}
