import type { Request } from 'playwright-core'
import { pickFromMenu, SELECTORS } from './hostFlows'
import { FIRST_CUSTOMER, freshPage, hostUrl, type RunContext } from './measureLatencyRun'
import type { Strategy } from './strategies'

/** Embed page loads one "+" → rest → "Associate existing" costs, on a freshly loaded page. */
export interface AssociateLoads {
  strategy: string
  documentLoads?: number
  failure?: string
}

/**
 * Counts the document requests to the embed's origin from the page load until the "Associate
 * existing" panel is shown and every such request has ended: what a strategy that loads the form
 * on intent costs when the agent picks the other item.
 */
export async function measureAssociateLoads(context: RunContext, strategy: Strategy): Promise<AssociateLoads> {
  await context.resetApi()
  const page = await freshPage(context)
  const documents: Request[] = []
  page.context().on('request', (request) => {
    if (request.resourceType() === 'document' && request.url().startsWith(context.urls.embedOrigin)) documents.push(request)
  })
  try {
    await page.goto(hostUrl(context.urls, strategy, FIRST_CUSTOMER))
    await page.locator(SELECTORS.listSettled).first().waitFor({ state: 'attached' })
    await pickFromMenu(page, SELECTORS.menuAssociate)
    await page.locator(SELECTORS.associatePanel).waitFor({ state: 'visible' })
    // Every load started is counted once it has ended (answered or cancelled), none left in flight.
    await Promise.all(documents.map((request) => request.response().catch(() => null)))
    return { strategy: strategy.name, documentLoads: documents.length }
  } catch (error) {
    return { strategy: strategy.name, failure: error instanceof Error ? error.message.split('\n')[0] : String(error) }
  } finally {
    await page.context().close()
  }
}
