import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from '../size/bundleSize'
import type { BenchSection } from './benchSection'
import { formatTable } from './formatTable'
import { keptSections } from './keptSections'
import type { MachineInfo } from './machineInfo'

const METHOD = `## How each figure is measured

- **Size**: each entry is bundled by Vite 8 (Rolldown) in library mode as an app's production build
  would ship it: tree-shaken, minified (\`build.minify\` and the output's \`minify\`, since library mode
  keeps whitespace in ES output otherwise), peers (\`vue\`, \`pinia\`, \`xstate\`, \`@xstate/*\`,
  \`@mekari/*\`) external, then gzipped at level 9. The other libraries are bundled the same way with
  nothing external. A part's bytes are the growth of the bundle when the part is added.
- **Consumer app**: \`npm pack\` of the package, installed into \`examples/host-app\` (its own
  package.json); each page built alone by the app's own Vite 8 for production (\`HOST_APP_PAGE\`), peers
  included, every emitted \`.js\` (and \`.css\`) file gzipped at level 9 and summed. The baselines are pages
  of the same app without ticket-embed: Vue + Pinia + XState (\`useSelector\` included), and the pixel3
  components the Tickets section uses with pixel3's generated CSS.
- **Handshake**: Chromium, host page on \`http://localhost:A\`, embed on \`http://127.0.0.1:B\` (another
  site: its own renderer process), both served with COOP \`same-origin\`, COEP \`require-corp\`, CORP
  \`cross-origin\` (the frame has \`allow="cross-origin-isolated"\`), so \`performance.now()\` has 5 µs
  steps. Both ends of each span are read in the embed. (a) raw \`postMessage\` ping and answer;
  (b) the real \`child/\` SDK posts \`EMBED_READY\`, the real \`useTicketEmbed\` and machine (mounted
  with Vue, bound to the real iframe) answer \`EMBED_INIT\`, timed until the SDK accepts it;
  (c) penpal 7 \`connect\` over \`WindowMessenger\` and one call returning the same context. 50 warm-up
  and 500 measured repetitions of every case per setting, the three cases in a seeded shuffled
  order in each repetition. Warm: back to back; idle: a 20 ms pause before each; fresh frame: the
  iframe is navigated to a page holding only that case's code, timed from an inline script at the
  top of that page (fetching, parsing and running the library included; scripts come from the
  cache, as on a returning visit).
- **Flood**: the panel \`ready\`, 100 000 forged messages, a quarter of each kind: valid v1 messages from
  a third origin; valid v1 messages from another frame of the embed's origin; malformed and
  version-2 messages from the panel's own frame. Host main-thread time is the renderer's
  \`TaskDuration\` (Chrome DevTools Protocol \`Performance.getMetrics\`, thread time) over the flood,
  per message. The comparison is the same flood with the panel closed and only a counting no-op
  listener in the page (the counter stays in the measured run too: it tells when the last message
  has arrived). Three rounds each, medians shown. Long tasks from a \`longtask\` PerformanceObserver.
- **Flood (demo page)**: the real demo (\`npm start\`'s page, 1440 × 900) with the dev drawer open
  (message log, live statechart) and the create panel \`ready\`; 20 000 well-formed v1 messages posted
  by a frame of a third origin as fast as it can. Main-thread time (\`TaskDuration\`, thread time) from
  the first message until the last has arrived and the drawer's log shows all of them, against the
  same flood into a page whose only listener is a no-op counter; three rounds, medians. Then one more
  flood: once its first message has arrived, a real mouse click (CDP input) on the back arrow; the
  page records how many messages were in when the click arrived, when the last message was
  delivered and when the panel was hidden (left the document, or stopped being rendered: a closed
  panel keeps its form, or listens for a late ticket, out of sight).
- **Leak**: 1 000 cycles of open → \`ready\` (a new iframe each time, with its handshake) → close →
  \`hidden\`. Listeners from CDP \`DOMDebugger.getEventListeners\` on \`window\`; timers counted by
  wrapping the timer functions before any other script of the page; child actors from the actor's
  snapshot; heap from \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`, after 20 warm-up
  cycles and after the 1 000.
- **Latency** (\`npm run bench:latency\`, not part of a bare \`npm run bench\`): the demo's production build
  (\`startDemo({ pages: 'built' })\`), host page on \`http://localhost:A\`, CRM form on \`http://127.0.0.1:B\`
  (another site: an out-of-process frame), 1440 × 900, dev drawer closed. Every text file is precompressed
  (brotli 11, gzip 9) and sent as the browser accepts; hashed assets \`max-age=31536000, immutable\`, pages
  \`no-store\`. The embed page carries a generated weight: a module of about 3 400 small functions
  (1.5 MB raw) whose start-up calls every second one, and 300 kB of style rules, before the form's own
  script (module scripts run in order). Sized on the HTTP Archive Web Almanac 2024 (Page Weight chapter,
  median desktop page: 613 kB of JavaScript and 78 kB of CSS on the wire) and on this repository's own
  host page, whose Vue + pixel3 + XState bundle is 1.05 MB raw: a CRM's create-ticket page ships a framework,
  a UI kit and form logic, a little under the median page. Network: Chrome DevTools Protocol
  \`Network.emulateNetworkConditions\`, 150 ms latency, 10 Mbit/s down, 5 Mbit/s up, on every page and every
  out-of-process iframe (\`Target.setAutoAttach\` with \`waitForDebuggerOnStart\` and \`flatten\` from a
  protocol pipe, each target given the conditions before it is resumed); checked by the embed
  document's own timing. The emulation delays responses; it does not model DNS, TCP or TLS set-up, so a
  preconnect can gain nothing here (on a real link it saves one to three round trips). Each run is a fresh
  browser context: cold HTTP cache, no connection to reuse. Times are \`performance.timeOrigin +
  performance.now()\` read in each page by a recorder installed before the page's scripts (the two
  processes' clocks agree to the figure shown). *open → usable*: from the page's \`click\` on "Create
  Ticket" (the "+" menu opened at least 300 ms before) to the first moment the host shows the iframe
  (rendered, with a size, not hidden) and the form's first field is enabled with
  \`#customer[data-customer-id]\` naming the contact (mutation observers on both sides). *submit → listed*:
  from \`TICKET_CREATED\` reaching the host page (a capture listener; the hop from the frame is part of
  neither figure) to that ticket's row in the list. One run: page load, first open, a ticket, second open,
  a ticket, switch to another customer, open; which of the two tickets the CRM links itself (the stand-in
  API's \`autoAssociate\`) alternates by run. The strategies run round robin, each round starting with the
  next one; medians and p95 by nearest rank; ratios against the baseline of the same run. "Associate
  existing": document requests to the embed origin from a fresh page load until that panel shows and
  every such request has ended.
- **Tests**: wall time of \`npm test\` (lint, type-check, every Vitest suite) and of the model-based
  suite alone; the number of paths from \`docs/test-paths.md\`.`

/**
 * Writes `docs/benchmarks.md`: the machine, the date, the table, how it was measured, and the notes.
 * Sections not measured in this run keep their rows and notes from the document as it was.
 */
export async function writeBenchmarksDoc(sections: readonly BenchSection[], machine: MachineInfo): Promise<string> {
  const path = join(ROOT, 'docs/benchmarks.md')
  const kept = keptSections(await readFile(path, 'utf8').catch(() => ''), sections)
  const notes = [
    ...sections.flatMap((section) => section.notes.map((note) => `- **${section.title}**: ${note}`)),
    ...kept.titles.flatMap((title) => kept.notes.get(title) ?? []),
  ]
  const table = [formatTable(sections), ...kept.titles.flatMap((title) => kept.rows.get(title) ?? [])].join('\n')
  const partial =
    kept.titles.length > 0
      ? ` This run measured ${sections.map((section) => section.title).join(', ')}; the rows of ${kept.titles.join(', ')} are from an earlier run.`
      : ''
  const text = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (or one benchmark alone, e.g. `npm run bench:size`): run it again rather than editing by hand. -->',
    '',
    `Measured on ${machine.date} on ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB memory, ` +
      `${machine.os}, Node ${machine.node}, ${machine.chromium}. Figures compare within one run on one machine; ` +
      `CI does not run these (too noisy), only the size budgets could be checked there.${partial}`,
    '',
    table,
    '',
    '## Notes',
    '',
    ...(notes.length > 0 ? notes : ['- Every goal is met.']),
    '',
    METHOD,
    '',
  ].join('\n')
  await writeFile(path, text)
  return path
}

const tableRowTitle = (line: string) => (line.startsWith('| ') ? line.slice(2, line.indexOf(' | ')) : null)

/**
 * Records `sections` in the existing `docs/benchmarks.md` without touching the other benchmarks'
 * rows and notes: their rows take the place of the old ones (or go to the end of the table), their
 * notes replace theirs, the method is brought up to date, and the header says when they were
 * measured again. Without a document, writes a whole one.
 */
export async function mergeIntoBenchmarksDoc(sections: readonly BenchSection[], machine: MachineInfo): Promise<string> {
  const path = join(ROOT, 'docs/benchmarks.md')
  let existing: string
  try {
    existing = await readFile(path, 'utf8')
  } catch {
    return writeBenchmarksDoc(sections, machine)
  }
  const titles = new Set(sections.map((section) => section.title))
  const newRows = formatTable(sections).split('\n').slice(2)
  const newNotes = sections.flatMap((section) => section.notes.map((note) => `- **${section.title}**: ${note}`))
  const again = `Rows of ${[...titles].join(', ')} measured again on ${machine.date}, ${machine.chromium}.`

  const lines: string[] = []
  let rowsPlaced = false
  let inTable = false
  for (const line of existing.split('\n')) {
    const title = tableRowTitle(line)
    if (title !== null && line !== '| benchmark | figure | value | goal | status |' && !line.startsWith('|---')) {
      inTable = true
      if (titles.has(title)) {
        if (!rowsPlaced) lines.push(...newRows)
        rowsPlaced = true
        continue
      }
    } else if (inTable) {
      if (!rowsPlaced) lines.push(...newRows)
      rowsPlaced = true
      inTable = false
    }
    if ([...titles].some((t) => line.startsWith(`- **${t}**:`)) || line === '- Every goal is met.') continue
    if (line === '## How each figure is measured') break
    lines.push(line.startsWith('Measured on ') ? `${line.replace(/ Rows of .* measured again on .*$/, '')} ${again}` : line)
  }
  const notesAt = lines.indexOf('## Notes') + 2
  if (notesAt > 1) lines.splice(notesAt, 0, ...newNotes)
  while (lines.at(-1) === '') lines.pop()
  const otherNotes = lines.slice(notesAt).some((line) => line.startsWith('- '))
  if (notesAt > 1 && !otherNotes) lines.splice(notesAt, 0, '- Every goal is met.')
  await writeFile(path, [...lines, '', METHOD, ''].join('\n'))
  return path
}
