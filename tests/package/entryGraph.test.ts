// @vitest-environment node
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The file a relative specifier of `from` names, as the bundler resolves it. */
function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`)
}

/** Every module an entry pulls in (value and type imports alike), and every bare package it names. */
function moduleGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>()
  const packages = new Set<string>()
  const queue = [resolve(ROOT, entry)]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (files.has(file)) continue
    files.add(file)
    if (file.endsWith('.vue')) continue
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (fileName.startsWith('.')) queue.push(resolveRelative(file, fileName))
      else packages.add(fileName)
    }
  }
  return { files, packages }
}

const names = (files: Set<string>) => [...files].map((file) => relative(ROOT, file)).sort()

describe('entry points (what each import of the package pulls in)', () => {
  it('ticket-embed is headless: no @mekari/pixel3 and no .vue file anywhere in its module graph', () => {
    const { files, packages } = moduleGraph('index.ts')
    expect(names(files).filter((file) => file.endsWith('.vue') || file.startsWith('components/'))).toEqual([])
    expect([...packages].filter((name) => name.startsWith('@mekari/'))).toEqual([])
    expect([...packages].sort()).toEqual(['@xstate/vue', 'pinia', 'vue', 'xstate'])
    // The graph is real: it reaches the parts the root entry is made of.
    expect(names(files)).toEqual(expect.arrayContaining(['protocol/parse.ts', 'machines/ticketEmbedMachine.ts', 'composables/useTicketEmbed.ts']))
  })

  it('ticket-embed/pixel3 holds the components and is the only entry that reaches pixel3', () => {
    const { files, packages } = moduleGraph('pixel3.ts')
    expect(names(files)).toEqual(expect.arrayContaining(['components/AssociatedTickets.vue', 'components/TicketEmbedPanel.vue']))
    expect(packages.has('@mekari/pixel3')).toBe(true)
  })

  it('ticket-embed/child needs no package at all and nothing of Vue, XState or the host side', () => {
    const { files, packages } = moduleGraph('child/index.ts')
    expect([...packages]).toEqual([])
    expect(names(files).every((file) => file.startsWith('child/') || file.startsWith('protocol/'))).toBe(true)
  })
})
