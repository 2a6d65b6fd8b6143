import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import mermaid from 'mermaid'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_DELAYS_MS } from '../../machines/constants'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import { DOCUMENT_PATHS, generateDocuments, type DocumentPath } from '../../scripts/statechart/documents'
import { layoutStatechart, type LaidOutBox } from '../../scripts/statechart/layout'
import { legendEntries, UNDESCRIBED } from '../../scripts/statechart/legend'
import { machineTransitions } from '../model/coverage'
import { toMermaid } from '../../scripts/statechart/mermaid'
import { drawnStates, readStatechart } from '../../scripts/statechart/statechart'

const chart = readStatechart(ticketEmbedMachine, { delaysMs: DEFAULT_DELAYS_MS })
// A string, not a `URL`: under jsdom `URL` is jsdom's, which `fileURLToPath` does not accept.
const repoFile = (path: string) => resolve(dirname(fileURLToPath(import.meta.url)), '../..', path)

let documents: Record<DocumentPath, string>
// Bundling the explorer's script (Vite) and two ELK layouts: seconds on a busy machine.
beforeAll(async () => {
  documents = await generateDocuments()
}, 120_000)

describe('statechart Mermaid text', () => {
  const text = toMermaid(ticketEmbedMachine)

  it('parses with mermaid\'s own parser', async () => {
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'stateDiagram' })
    await expect(mermaid.parse(toMermaid(ticketEmbedMachine, { active: ['ticketEmbed.associating.attempting'] }))).resolves.toBeTruthy()
  })

  it('would reject broken text (the parse check is real)', async () => {
    await expect(mermaid.parse(`${text}  hidden --> --> loading\n`)).rejects.toThrow()
  })

  it('draws every state, nested ones inside their parent, and marks the initial states', () => {
    expect(text.startsWith('stateDiagram-v2\n  [*] --> hidden\n')).toBe(true)
    expect(text).toMatch(/ {2}state associating \{\n {4}\[\*\] --> attempting\n[\s\S]* {4}backingOff : entry \/ nextAssociateAttempt\n[\s\S]* {2}\}\n/)
    expect(text).toContain('  state "success" as success\n  success : entry / notify(success, ticketCreated), track(Created)\n')
    for (const state of drawnStates(chart)) expect(text).toContain(state.key)
  })

  it('labels every transition `event [guard] / actions`, delays and invoked actors in plain words', () => {
    for (const edge of chart.edges) expect(text).toContain(` : ${edge.label}\n`)
    expect(text).toContain('ready --> associating : embed.ticketCreated [isTrusted && needsFallbackAssociation] / assignTicket, emitTicketCreated, hideWhenListedAtOnce\n')
    expect(text).toContain('loading --> error : after readyTimeout (10000 ms) / assignTimeoutError, emitError, track(Timeout)\n')
    expect(text).toContain('attempting --> success : associateTicket error [isAlreadyLinked] / markAlreadyLinked\n')
    expect(text).toContain('success : entry / notify(success, ticketCreated), track(Created)\n')
    expect(text).toContain('ready --> ready : embed.resize [isTrusted] / assignHeight, emitResize\n')
    expect(text).toContain('ready --> listening : panel.close / markDismissed, track(Closed)\n')
    expect(text).toContain('listening --> idle : after closeGrace (10000 ms) [isCreateInFlight] / track(Create Unreported)\n')
  })

  it('is the very text docs/statechart.md shows', () => {
    expect(documents['docs/statechart.md']).toContain(`\`\`\`mermaid\n${text}\`\`\``)
  })

  it('has a legend entry in plain words for every event, guard and action', () => {
    const { events, guards, actions } = legendEntries(chart)
    const undescribed = [...events, ...guards, ...actions].filter((entry) => entry.meaning === UNDESCRIBED).map((entry) => entry.name)
    expect(undescribed, 'add these to scripts/statechart/glossary.ts').toEqual([])
    expect(guards.map((guard) => guard.name)).toEqual(expect.arrayContaining(['isTrusted', 'needsFallbackAssociation']))
  })
})

describe('statechart SVG', () => {
  it('is well-formed SVG that names every state and marks the initial states', () => {
    const svg = new DOMParser().parseFromString(documents['docs/statechart.svg'], 'image/svg+xml')
    expect(svg.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(svg.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg')
    const names = [...svg.querySelectorAll('g.state')].map((group) => [group.getAttribute('data-state-id'), group.querySelector('text')?.textContent])
    expect(names).toEqual(expect.arrayContaining(drawnStates(chart).map((state) => [state.id, state.key])))
    expect(names).toHaveLength(drawnStates(chart).length)
    expect(svg.querySelectorAll('circle.initial')).toHaveLength(3)
    expect(svg.querySelectorAll('g.label')).toHaveLength(chart.edges.length)
  })

  // elkjs lays out 10 states and 39 edges here: seconds of CPU on a busy 2-core machine, over the 5 s default.
  it('lays labels and states out without overlaps', { timeout: 20_000 }, async () => {
    const { boxes } = await layoutStatechart(chart)
    const overlap = (a: LaidOutBox, b: LaidOutBox) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    const inside = (a: LaidOutBox, b: LaidOutBox) =>
      a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
    const solid = boxes.filter((box) => box.kind !== 'compound')
    const clashes = solid.flatMap((a, index) => solid.slice(index + 1).filter((b) => overlap(a, b)).map((b) => `${a.id} / ${b.id}`))
    // A compound box either holds a box entirely or keeps clear of it.
    for (const compound of boxes.filter((box) => box.kind === 'compound')) {
      for (const box of solid) if (overlap(box, compound) && !inside(box, compound)) clashes.push(`${box.id} / ${compound.id}`)
    }
    expect(clashes).toEqual([])
  })
})

describe('generated docs', () => {
  it.each(DOCUMENT_PATHS.map((path) => [path]))('%s matches the machine (drift check)', (path) => {
    const committed = existsSync(repoFile(path)) ? readFileSync(repoFile(path), 'utf8') : null
    if (committed === documents[path]) return
    const fresh = documents[path].split('\n')
    const line = committed === null ? 0 : committed.split('\n').findIndex((text, index) => text !== fresh[index]) + 1
    const where = committed === null ? '' : ` (first difference at line ${line || fresh.length})`
    expect.fail(`${path} is ${committed === null ? 'missing' : 'stale'}${where}: run \`npm run statechart\` and commit the result`)
  })

  it('lists every test path with its totals', () => {
    const paths = documents['docs/test-paths.md']
    const edges = machineTransitions().length
    expect(paths).toContain(`- Transitions: ${edges} in the statechart, ${edges} walked;`)
    expect(paths).toContain('**S1** · hidden.idle')
    expect(paths).toContain('1. Customer page opens (panel hidden) → `hidden.idle`\n2. Agent clicks Create Ticket → `loading`\n3. embed reports ready from the CRM origin → `ready`')
  })
})
