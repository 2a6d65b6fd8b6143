import { ROOT } from './bundleSize'

/** One thing to bundle and weigh: an ES module naming what an app would import. */
export interface SizeEntry {
  id: string
  label: string
  code: string
  /** Bundle it with the package's peers external (ours) or with nothing external (other libraries). */
  peersExternal: boolean
  /** Min + gzip budget in bytes, when the issue sets one. */
  budget?: number
}

const src = (path: string) => `${ROOT}${path}`

const PROTOCOL = `export * from '${src('protocol/index.ts')}';`
const MACHINE = `export { ticketEmbedMachine } from '${src('machines/ticketEmbedMachine.ts')}';`
const COMPOSABLE = `export { useTicketEmbed } from '${src('composables/useTicketEmbed.ts')}';`

/** The package's entries, with the budgets of the issue. */
export const OUR_ENTRIES: SizeEntry[] = [
  { id: 'hostCore', label: 'host core (protocol + machine + composable)', code: PROTOCOL + MACHINE + COMPOSABLE, peersExternal: true, budget: 3000 },
  { id: 'hostEntry', label: 'whole root entry (ticket-embed, headless)', code: `export * from '${src('index.ts')}';`, peersExternal: true },
  { id: 'pixel3Entry', label: 'whole pixel3 entry (ticket-embed/pixel3, components included)', code: `export * from '${src('pixel3.ts')}';`, peersExternal: true },
  { id: 'child', label: 'child SDK (ticket-embed/child)', code: `export * from '${src('child/index.ts')}';`, peersExternal: true, budget: 1200 },
]

/**
 * Cumulative bundles that split the host core and the child into parts: each part's bytes are the
 * growth of the bundle when it is added, so the parts add up to the entry.
 */
export const PART_ENTRIES: SizeEntry[] = [
  { id: 'protocol', label: 'protocol/ (all of it)', code: PROTOCOL, peersExternal: true },
  { id: 'protocolMachine', label: 'protocol/ + machine', code: PROTOCOL + MACHINE, peersExternal: true },
  {
    id: 'childParsers',
    label: 'the two parsers the child runs',
    code: `export { parseEmbedMessage, parseHostMessage } from '${src('protocol/parse.ts')}';`,
    peersExternal: true,
  },
]

/** The libraries people would otherwise pick, bundled the same way (all of their code counts). */
export const COMPARISON_ENTRIES: SizeEntry[] = [
  { id: 'penpal', label: 'penpal 7 (connect + WindowMessenger)', code: `export { connect, WindowMessenger } from 'penpal';`, peersExternal: false },
  { id: 'iframeResizerParent', label: '@iframe-resizer/parent 5', code: `export { default } from '@iframe-resizer/parent';`, peersExternal: false },
  { id: 'iframeResizerChild', label: '@iframe-resizer/child 5', code: `import '@iframe-resizer/child';`, peersExternal: false },
  { id: 'postRobot', label: 'post-robot 10 (on + send)', code: `export { on, send } from 'post-robot';`, peersExternal: false },
]
