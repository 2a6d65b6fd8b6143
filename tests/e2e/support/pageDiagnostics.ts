import { writeFile } from 'node:fs/promises'
import { engineNameFrom } from '../driver/engines'
import type { FrameDriver, PageDriver } from '../driver/types'
import { engineArtifactsDir, screenshot } from './artifacts'
import { readMessageLog, type LogLine } from './messageLog'

/** How many of the latest console lines and pointer events the page keeps. */
const KEPT = 40

/**
 * Records, in the host page, what a failed test's screenshot cannot show: console warnings and
 * errors, uncaught errors, and where each pointer event landed (with the element it hit). WebDriver
 * classic has no console or input events of its own, so the page keeps them. Call again after a
 * navigation (a new document starts with no recorder).
 */
export async function recordPageDiagnostics(page: FrameDriver): Promise<void> {
  await page.evaluate((kept) => {
    const record = { console: [] as string[], pointer: [] as string[] }
    Object.assign(window, { __diagnostics: record })
    const started = performance.now()
    const keep = (list: string[], line: string) => {
      list.push(`${Math.round(performance.now() - started)} ms ${line}`)
      if (list.length > kept) list.shift()
    }
    for (const level of ['error', 'warn'] as const) {
      const original = console[level].bind(console)
      console[level] = (...args: unknown[]) => {
        keep(record.console, `${level}: ${args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ')}`)
        original(...args)
      }
    }
    addEventListener('error', (event) => keep(record.console, `uncaught: ${event.message}`))
    addEventListener('unhandledrejection', (event) => keep(record.console, `unhandled rejection: ${String(event.reason)}`))
    const describe = (target: EventTarget | null) => {
      if (!(target instanceof Element)) return String(target)
      const id = target.getAttribute('data-testid') ?? target.getAttribute('data-pixel-component')
      return `${target.tagName.toLowerCase()}${id ? `[${id}]` : ''} "${(target.textContent ?? '').trim().slice(0, 30)}"`
    }
    for (const type of ['pointerdown', 'click']) {
      addEventListener(type, (event) => keep(record.pointer, `${type} at ${(event as MouseEvent).clientX},${(event as MouseEvent).clientY} on ${describe(event.target)}`), true)
    }
  }, KEPT)
}

/** What the host page showed and heard when a test failed. */
export interface PageDiagnostics {
  url: string
  panelState: string
  /** The "+" menu: `aria-expanded` of its button and where its items are (`null`: not shown). */
  menu: { expanded: string | null; createTicketBox: string | null }
  activeElement: string
  console: string[]
  pointer: string[]
  messageLog: LogLine[]
}

/** The host page's elements the diagnostics describe (`HOST` of `hostPage.ts`). */
export interface DiagnosedElements {
  panel: string
  addButton: string
  menuCreateTicket: string
}

/** Reads the state of the host page and what {@link recordPageDiagnostics} kept. */
export async function readPageDiagnostics(page: FrameDriver, elements: DiagnosedElements): Promise<PageDiagnostics> {
  const state = await page.evaluate(
    (selectors) => {
      const record = (window as unknown as { __diagnostics?: { console: string[]; pointer: string[] } }).__diagnostics
      const create = document.querySelector(selectors.menuCreateTicket)?.getBoundingClientRect()
      const active = document.activeElement
      return {
        url: location.href,
        panelState: document.querySelector(selectors.panel)?.getAttribute('data-state') ?? 'hidden',
        menu: {
          expanded: document.querySelector(selectors.addButton)?.getAttribute('aria-expanded') ?? null,
          createTicketBox: create && create.width > 0 ? `${create.x},${create.y} ${create.width}×${create.height}` : null,
        },
        activeElement: active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}` : 'none',
        console: record?.console ?? ['(no recorder in this document)'],
        pointer: record?.pointer ?? [],
      }
    },
    elements,
  )
  return { ...state, messageLog: await readMessageLog(page) }
}

/**
 * Leaves `artifacts/<engine>/<name>.png` and `<name>.json` (the {@link PageDiagnostics}): what the
 * page showed, and why, when a step failed. Best effort: a page that no longer answers still
 * leaves whatever could be read.
 */
export async function saveFailure(page: PageDriver, name: string, elements: DiagnosedElements): Promise<void> {
  await screenshot(page, name).catch(() => undefined)
  const diagnostics = await readPageDiagnostics(page, elements).catch((error: unknown) => ({ unreadable: String(error) }))
  await writeFile(`${engineArtifactsDir(engineNameFrom(process.env))}${name}.json`, `${JSON.stringify(diagnostics, null, 2)}\n`)
}
