import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/** Static `import … from '…'`, `export … from '…'` and bare `import '…'` specifiers of an ES module. */
const STATIC_SPECIFIER = /\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g

/** Every specifier `code` imports statically. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_SPECIFIER)].map((match) => match[1]!)
}

/** The files an entry of the unpacked package loads, and the packages they import. */
export function distGraph(packageDir: string, entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = [normalize(join(packageDir, entry))]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (files.has(file)) continue
    if (!existsSync(file)) throw new Error(`${relative(packageDir, file)} is imported but not in the package`)
    files.add(file)
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) queue.push(normalize(join(dirname(file), specifier)))
      else packages.add(specifier)
    }
  }
  return { files: [...files].map((file) => relative(packageDir, file)).sort(), packages: [...packages].sort() }
}

/** What is wrong with the unpacked package's entries; empty when nothing is. */
export function distProblems(packageDir: string): string[] {
  const problems: string[] = []
  const core = distGraph(packageDir, 'dist/index.js')
  const mekari = core.packages.filter((name) => name.startsWith('@mekari/'))
  if (mekari.length > 0) problems.push(`ticket-embed (dist/index.js) imports ${mekari.join(', ')}: the root entry must stay headless`)
  const vueFiles = core.files.filter((file) => file.includes('.vue'))
  if (vueFiles.length > 0) problems.push(`ticket-embed (dist/index.js) loads ${vueFiles.join(', ')}`)
  const child = distGraph(packageDir, 'dist/child.js')
  if (child.files.length !== 1 || child.packages.length > 0) {
    problems.push(`ticket-embed/child must be one self-contained file; it loads ${[...child.files, ...child.packages].join(', ')}`)
  }
  const pixel3 = distGraph(packageDir, 'dist/pixel3.js')
  if (!pixel3.packages.includes('@mekari/pixel3')) problems.push('ticket-embed/pixel3 (dist/pixel3.js) does not import @mekari/pixel3')
  for (const file of ['LICENSE', 'README.md', 'dist/pixel3-templates/TicketsHeaderMenu.vue']) {
    if (!existsSync(join(packageDir, file))) problems.push(`${file} is missing from the package`)
  }
  return problems
}
