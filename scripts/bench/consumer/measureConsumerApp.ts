import { installHostApp } from '../../hostApp/installHostApp'
import { buildPage, type PageWeight } from './buildPage'
import { CONSUMER_PAGES } from './consumerPages'

/**
 * Packs the package, installs the tarball into examples/host-app and builds each page of it alone:
 * the sizes a host app really ships, peers included (a page without ticket-embed is the baseline).
 */
export async function measureConsumerApp(): Promise<Record<string, PageWeight>> {
  await installHostApp()
  const weights: Record<string, PageWeight> = {}
  for (const page of CONSUMER_PAGES) weights[page.id] = await buildPage(page.id)
  return weights
}
