import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core'
import { launchChromium } from '../../scripts/bench/browser/launchChromium'
import { startDemo, type RunningDemo } from '../../demo/startDemo'
import { buildHostApp } from './support/buildHostApp'
import { hostContentSecurityPolicy, PIXEL3_ICON_ORIGIN } from './support/contentSecurityPolicy'
import { listenForBuiltApp, type BuiltAppServer } from './support/serveBuiltApp'

let demo: RunningDemo
let app: BuiltAppServer
let browser: Browser
let outDir: string

beforeAll(async () => {
  app = await listenForBuiltApp()
  demo = await startDemo({ hostPort: 0, embedPort: 0, apiPort: 0, spoofPort: 0, watch: false, trustedHostOrigins: [app.origin] })
  outDir = await mkdtemp(join(tmpdir(), 'ticket-embed-host-app-'))
  await buildHostApp({ embedUrl: demo.urls.embedOrigin, apiUrl: demo.urls.api, outDir })
  app.serve(outDir, { 'Content-Security-Policy': hostContentSecurityPolicy(demo.urls.embedOrigin, demo.urls.api) })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await app?.close()
  await demo?.close()
  if (outDir) await rm(outDir, { recursive: true, force: true })
})

/** What went wrong in a page: errors thrown, console errors, Content-Security-Policy violations. */
interface PageTrouble {
  errors: string[]
  violations: string[]
}

/** A fresh context with pixel3's icon CDN answered locally (CI has no internet) and trouble recorded. */
async function openPage(path: string): Promise<{ page: Page; context: BrowserContext; trouble: PageTrouble }> {
  const context = await browser.newContext()
  await context.route(`${PIXEL3_ICON_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="8"/></svg>' }),
  )
  const page = await context.newPage()
  const trouble: PageTrouble = { errors: [], violations: [] }
  page.on('pageerror', (error) => trouble.errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.errors.push(message.text())
  })
  await page.exposeFunction('reportViolation', (text: string) => trouble.violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  await page.goto(`${app.origin}${path}`)
  return { page, context, trouble }
}

/** Fills the demo's CRM form once it has the customer, and submits it. */
async function createTicketInForm(form: FrameLocator, subject: string) {
  await form.locator('[data-testid="embed-customer"][data-customer-id="cus-1001"]').waitFor()
  await form.getByTestId('embed-subject').fill(subject)
  await form.getByTestId('embed-submit').click()
}

/** `value` resolved by the page's CSS for `property`, as a probe element would compute it. */
function tokenValue(page: Page, property: 'fontSize' | 'fontWeight' | 'backgroundColor', value: string): Promise<string> {
  return page.evaluate(
    ([cssProperty, cssValue]) => {
      const probe = document.body.appendChild(document.createElement('div'))
      probe.style[cssProperty as 'fontSize'] = cssValue!
      const computed = getComputedStyle(probe)[cssProperty as 'fontSize']
      probe.remove()
      return computed
    },
    [property, value],
  )
}

describe('examples/host-app, built from the packed tarball', () => {
  it('the Tickets section (ticket-embed/pixel3) is styled by pixel3 and creates a ticket end to end', async () => {
    const { page, context, trouble } = await openPage('/')
    const heading = page.getByRole('heading', { name: 'Tickets' })
    await heading.waitFor()

    // The library's own pixel3 variants (`<MpText size="h3" weight="semiBold">`) reach the app's CSS.
    const headingStyle = await heading.evaluate((element) => {
      const style = getComputedStyle(element)
      return { fontSize: style.fontSize, fontWeight: style.fontWeight }
    })
    console.info(`computed style of the "Tickets" heading in the consumer app: ${JSON.stringify(headingStyle)}`)
    expect(headingStyle).toEqual({
      fontSize: await tokenValue(page, 'fontSize', 'var(--mp-font-sizes-lg)'),
      fontWeight: await tokenValue(page, 'fontWeight', 'var(--mp-font-weights-semi-bold)'),
    })
    expect(headingStyle).not.toEqual({ fontSize: '14px', fontWeight: '400' })

    // A primary pixel3 button of the section ("Search" in "Associate existing").
    await page.getByRole('button', { name: 'Add ticket' }).click()
    await page.getByRole('button', { name: 'Associate existing' }).click()
    const search = page.getByRole('button', { name: 'Search', exact: true })
    const background = await search.evaluate((element) => getComputedStyle(element).backgroundColor)
    console.info(`computed background of the primary "Search" button: ${background}`)
    expect(background).toBe(await tokenValue(page, 'backgroundColor', 'var(--mp-colors-blue-400)'))
    expect(background).not.toBe('rgba(0, 0, 0, 0)')
    await page.getByRole('button', { name: 'Back' }).click()

    await page.getByRole('button', { name: 'Add ticket' }).click()
    await page.getByRole('button', { name: 'Create Ticket' }).click()
    await createTicketInForm(page.frameLocator('iframe[title="Create Ticket"]'), 'Parcel arrived damaged')
    await page.getByTestId('ticket-row').filter({ hasText: 'Parcel arrived damaged' }).waitFor()
    await page.getByText('Ticket created successfully').waitFor()
    // Out of sight; the demo's form can start afresh, so the frame is kept (hidden) for the next ticket.
    await page.locator('iframe[title="Create Ticket"]').waitFor({ state: 'hidden' })

    expect(trouble).toEqual({ errors: [], violations: [] })
    await context.close()
  })

  it('a page with useTicketEmbed and its own markup (no pixel3) creates a ticket end to end', async () => {
    const { page, context, trouble } = await openPage('/composable.html')
    await page.getByTestId('open').click()
    await createTicketInForm(page.frameLocator('iframe[title="Create Ticket"]'), 'Refund not received')
    await page.getByTestId('own-list').getByText('Refund not received').waitFor()
    await page.getByTestId('notice').getByText('Ticket created successfully').waitFor()
    await page.getByTestId('open').waitFor()

    // Nothing of pixel3 was loaded: no script of the page carries its components.
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')),
    )
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(await (await fetch(script)).text(), script).not.toContain('MpButton')

    expect(trouble).toEqual({ errors: [], violations: [] })
    await context.close()
  })
})
