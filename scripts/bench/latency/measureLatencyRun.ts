import type { Browser, Page } from 'playwright-core'
import type { DemoUrls } from '../../../demo/demoUrls'
import { DEFINE_NAME_HELPER } from '../flood/floodInPage'
import { createTicket, embedLoad, type EmbedLoad, hostRecord, openCreateTicket, SELECTORS, switchCustomer } from './hostFlows'
import { installLatencyRecorder } from './latencyRecorder'
import type { Strategy } from './strategies'

/** The customer the page opens on, and the one the agent switches to. */
export const FIRST_CUSTOMER = 'cus-1001'
export const OTHER_CUSTOMER = 'cus-1002'

/** Every span of one run, in ms; a step that was not reached is missing. */
export interface LatencyRun {
  strategy: string
  firstOpenMs?: number
  secondOpenMs?: number
  /** Second open: click → `EMBED_INIT` reaching the form, the part of it a kept form cannot skip. */
  secondOpenInitMs?: number
  otherCustomerOpenMs?: number
  listedAutoMs?: number
  listedFallbackMs?: number
  confirmedAutoMs?: number
  confirmedFallbackMs?: number
  dwellMs: number[]
  firstLoad?: EmbedLoad
  /** Host minus embed clock skew (`Date.now()` against the performance clock), ms. */
  clockSkewMs?: number
  /** Where and why the run stopped, if it did. */
  failure?: string
}

export interface RunContext {
  browser: Browser
  urls: DemoUrls
  /** Sets whether the CRM links the next ticket itself (the stand-in API's `autoAssociate`). */
  setAutoAssociate(linksItself: boolean): Promise<void>
  resetApi(): Promise<void>
}

/** The host page with a strategy's parameters, on a customer, without the dev drawer (an agent has none). */
export function hostUrl(urls: DemoUrls, strategy: Strategy, customerId: string): string {
  const query = new URLSearchParams({ contact: customerId, drawer: 'closed', ...strategy.params })
  return `${urls.host}?${query}`
}

/** A fresh browser context (cold HTTP cache, no cookies, no open connections) with the recorder in every frame. */
export async function freshPage(context: RunContext): Promise<Page> {
  const browserContext = await context.browser.newContext({ viewport: { width: 1440, height: 900 } })
  await browserContext.addInitScript(DEFINE_NAME_HELPER)
  await browserContext.addInitScript(installLatencyRecorder, { hostOrigin: context.urls.hostOrigin, embedOrigin: context.urls.embedOrigin })
  const page = await browserContext.newPage()
  page.setDefaultTimeout(30_000)
  return page
}

/**
 * One run of one strategy on a freshly loaded page: the first open, a ticket, the second open for
 * the same customer, another ticket, then an open for another customer. `run` decides which of the
 * two tickets the CRM links itself, so both orders occur equally often.
 */
export async function measureLatencyRun(context: RunContext, strategy: Strategy, run: number): Promise<LatencyRun> {
  const result: LatencyRun = { strategy: strategy.name, dwellMs: [] }
  const linksFirst = run % 2 === 0
  const record = (links: boolean, listed: { listedMs: number; confirmedMs: number }) => {
    if (links) {
      result.listedAutoMs = listed.listedMs
      result.confirmedAutoMs = listed.confirmedMs
    } else {
      result.listedFallbackMs = listed.listedMs
      result.confirmedFallbackMs = listed.confirmedMs
    }
  }
  await context.resetApi()
  const page = await freshPage(context)
  let step = 'page load'
  try {
    await page.goto(hostUrl(context.urls, strategy, FIRST_CUSTOMER))
    await page.locator(SELECTORS.listSettled).first().waitFor({ state: 'attached' })

    step = 'first open'
    const first = await openCreateTicket(page, context.urls.embed, FIRST_CUSTOMER)
    result.firstOpenMs = first.usableMs
    result.dwellMs.push(first.dwellMs)
    result.firstLoad = await embedLoad(first.form)
    result.clockSkewMs = (await hostRecord(page)).clockSkewMs - result.firstLoad.clockSkewMs

    step = 'first ticket'
    await context.setAutoAssociate(linksFirst)
    record(linksFirst, await createTicket(page, first.form, `${strategy.name} run ${run} first`))

    step = 'second open'
    const second = await openCreateTicket(page, context.urls.embed, FIRST_CUSTOMER)
    result.secondOpenMs = second.usableMs
    if (second.initMs !== null) result.secondOpenInitMs = second.initMs
    result.dwellMs.push(second.dwellMs)

    step = 'second ticket'
    await context.setAutoAssociate(!linksFirst)
    record(!linksFirst, await createTicket(page, second.form, `${strategy.name} run ${run} second`))

    step = 'customer switch'
    await switchCustomer(page, OTHER_CUSTOMER)
    step = 'open for another customer'
    const other = await openCreateTicket(page, context.urls.embed, OTHER_CUSTOMER)
    result.otherCustomerOpenMs = other.usableMs
    result.dwellMs.push(other.dwellMs)
  } catch (error) {
    result.failure = `${step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
  } finally {
    await page.context().close()
  }
  return result
}
