import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateDocuments } from './documents'

/** `npm run statechart`: writes docs/statechart.md, docs/statechart.svg and docs/test-paths.md. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

for (const [path, content] of Object.entries(await generateDocuments())) {
  const target = resolve(root, path)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, content)
  console.log(`wrote ${path}`)
}
