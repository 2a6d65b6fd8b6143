import { DEFAULT_DELAYS_MS } from '../../machines/constants'
import { ticketEmbedMachine } from '../../machines/ticketEmbedMachine'
import { modelPaths } from '../../tests/model/model'
import { bundleExplorerClient } from './explorer/bundleClient'
import { buildExplorerData } from './explorer/explorerData'
import { renderExplorerPage } from './explorer/explorerPage'
import { layoutStatechart } from './layout'
import { readStatechart } from './statechart'
import { renderStatechartMarkdown } from './statechartMarkdown'
import { renderSvg } from './svg'
import { renderTestPathsMarkdown } from './testPathsMarkdown'

/** The generated documents, by path from the repository root. */
export const DOCUMENT_PATHS = ['docs/statechart.md', 'docs/statechart.svg', 'docs/test-paths.md', 'docs/explorer/index.html'] as const

/** One of `DOCUMENT_PATHS`. */
export type DocumentPath = (typeof DOCUMENT_PATHS)[number]

/**
 * Every generated document, from the machine as it is now: the one generator behind
 * `npm run statechart` and the drift test. No file system here; the caller writes or compares.
 */
export async function generateDocuments(): Promise<Record<DocumentPath, string>> {
  const chart = readStatechart(ticketEmbedMachine, { delaysMs: DEFAULT_DELAYS_MS })
  const layout = await layoutStatechart(chart)
  const title = `Statechart of ${chart.machineId}`
  return {
    'docs/statechart.md': renderStatechartMarkdown(chart),
    'docs/statechart.svg': renderSvg(layout, title),
    'docs/test-paths.md': renderTestPathsMarkdown(modelPaths(), chart),
    'docs/explorer/index.html': renderExplorerPage(
      buildExplorerData(chart, modelPaths()),
      renderSvg(layout, title, { interactive: true }),
      await bundleExplorerClient(),
    ),
  }
}
