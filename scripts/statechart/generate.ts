import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_DELAYS_MS } from '../../machines/constants'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import { countCrossings } from './crossings'
import { generateDocuments } from './documents'
import { layoutStatechart } from './layout'
import { readStatechart } from './statechart'

/** `npm run statechart`: writes docs/statechart.md, docs/statechart.svg, docs/test-paths.md and docs/explorer/index.html. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

for (const [path, content] of Object.entries(await generateDocuments())) {
  const target = resolve(root, path)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, content)
  console.log(`wrote ${path}`)
}

const layout = await layoutStatechart(readStatechart(ticketEmbedMachine, { delaysMs: DEFAULT_DELAYS_MS }))
console.log(`statechart: ${layout.width} × ${layout.height} px, ${countCrossings(layout)} crossing lines`)
