import { existsSync, statSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'

/** `from './x'`, `import('./x')` and `export … from './x'` with a relative specifier. */
const RELATIVE_SPECIFIER = /(\bfrom\s+|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g

/**
 * The specifier a `node16`/`nodenext` resolver accepts for `specifier` written in `file`:
 * `./x` → `./x.js`, a folder → `./folder/index.js`, `./X.vue` → `./X.vue.js` (vue-tsc writes
 * `X.vue.d.ts`). Already explicit specifiers stay as they are.
 */
export function withExtension(file: string, specifier: string): string {
  if (/\.(js|mjs|cjs)$/.test(specifier)) return specifier
  if (specifier.endsWith('.vue')) return `${specifier}.js`
  const target = resolve(dirname(file), specifier)
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`
  if (existsSync(target) && statSync(target).isDirectory() && existsSync(join(target, 'index.d.ts'))) return `${specifier}/index.js`
  throw new Error(`${file}: cannot resolve "${specifier}" to a declaration file`)
}

/** Rewrites one declaration file's relative specifiers; true when it changed. */
export async function addExtensionsToFile(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8')
  const next = text.replace(RELATIVE_SPECIFIER, (_, lead: string, quote: string, specifier: string) => `${lead}${quote}${withExtension(file, specifier)}${quote}`)
  if (next === text) return false
  await writeFile(file, next)
  return true
}

async function* declarationFiles(folder: string): AsyncGenerator<string> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) yield* declarationFiles(path)
    else if (entry.name.endsWith('.d.ts')) yield path
  }
}

/**
 * TypeScript emits declarations with the specifiers of the sources (`'./protocol/index'`), which
 * only `bundler` resolution follows: under `node16` every re-export would be missing. This gives
 * each one the explicit `.js` path Node's ESM rules ask for; `bundler` reads them just as well.
 */
export async function addDtsExtensions(folder: string): Promise<number> {
  let changed = 0
  for await (const file of declarationFiles(folder)) if (await addExtensionsToFile(file)) changed += 1
  return changed
}
