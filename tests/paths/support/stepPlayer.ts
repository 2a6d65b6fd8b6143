import type { Locator, Page } from 'playwright-core'
import type { AnyMachineSnapshot } from 'xstate'
import type { HeldOutcome } from '../../../demo/api/heldRequests'
import { CRM_ORIGIN, delayMs, type ModelEvent } from '../../model/sampleEvents'
import { PROTOCOL_VERSION } from '../../../protocol/version'
import { SETTLE_MS, type PathSession } from './pathSession'
import { waitForProbe } from './panelProbe'
import type { HostPathsProbe } from '../../../demo/host/pathsHook'

/**
 * Plays one model event on the real demo, chosen by the event's type alone, so states and events
 * added to the machine later are played without changing this file as long as they belong to a
 * known family:
 * - `panel.*`: the agent's clicks (`PANEL_CONTROLS`);
 * - `embed.*`: a real `postMessage` — trusted ones by the panel's own embed through the child SDK,
 *   forged ones by a frame on another origin, by another frame on the embed origin, or with another
 *   protocol version, as the event's envelope says;
 * - `frame.reloaded`: the panel's iframe navigates;
 * - `xstate.after.<delay>.*`: the page clock runs the delay, and one ms short of it nothing happens;
 * - `xstate.done|error.actor.<id>`: the API answers the held request of that actor (`ACTOR_ROUTES`).
 * Anything else fails with a message saying where to add it.
 */

/**
 * Opens the "+" menu unless it is open, and waits until its "Create Ticket" item is placed.
 * The page clock also stops requestAnimationFrame, so the popover library leaves the menu where it
 * was drawn before placement (right of the viewport) until an event such as a scroll makes it
 * place the menu: clicking the item there raced that move and lost about one click in six, and a
 * screenshot showed no menu. Scrolling the item into view places the menu; the item is ready once
 * it is in view, below (or, flipped, above) the "+" button's row and across its column.
 */
async function openCreateMenu(page: Page): Promise<Locator> {
  const item = page.getByTestId('menu-create-ticket')
  if (!(await item.isVisible())) await page.locator('[data-tickets-add-trigger]').click()
  await item.waitFor({ state: 'visible' })
  await item.scrollIntoViewIfNeeded()
  await page.waitForFunction(
    ({ trigger, menuItem }) => {
      const button = document.querySelector(trigger)?.getBoundingClientRect()
      const entry = document.querySelector(menuItem)?.getBoundingClientRect()
      if (!button || !entry || entry.height === 0) return false
      const beside = entry.top >= button.bottom || entry.bottom <= button.top
      const across = entry.left < button.right && entry.right > button.left
      const inView = entry.left >= 0 && entry.top >= 0 && entry.right <= window.innerWidth && entry.bottom <= window.innerHeight
      return beside && across && inView
    },
    { trigger: '[data-tickets-add-trigger]', menuItem: '[data-testid="menu-create-ticket"]' },
    { timeout: SETTLE_MS, polling: 20 },
  )
  return item
}

/** The agent's controls for each `panel.*` event. */
const PANEL_CONTROLS: Readonly<Record<string, (session: PathSession) => Promise<void>>> = {
  // The agent opens the "+" menu and leaves it open; `panel.open` then picks its item.
  'panel.prepare': async ({ page }) => {
    await openCreateMenu(page)
  },
  'panel.open': async ({ page, times }) => {
    const panel = page.locator('[data-testid="ticket-embed-panel"]')
    // Should a click still be lost, it is tried again: each round opens the menu, clicks its item,
    // and checks the outcome before the next.
    for (let round = 1; ; round++) {
      const item = await times.time('play panel.open › menu placed', () => openCreateMenu(page))
      // Not waiting for the iframe's navigation the click starts: the next step waits for the embed itself.
      await times.time('play panel.open › click', () => item.click({ noWaitAfter: true }))
      // Visible, not only attached: a form preloaded on the menu (or kept) is in the DOM before the click.
      const clicked = performance.now()
      const opened = await panel.waitFor({ state: 'visible', timeout: SETTLE_MS / 3 }).then(() => true, () => false)
      times.add(opened ? 'play panel.open › panel visible' : 'play panel.open › click lost', performance.now() - clicked)
      if (opened) return
      if (round === 3) throw new Error('"Create Ticket" in the "+" menu did not open the panel after 3 clicks')
    }
  },
  'panel.close': async ({ page }) => {
    await page.getByTestId('ticket-embed-back').click()
  },
  'panel.retry': async ({ page }) => {
    await page.getByTestId('ticket-embed-retry').click()
  },
}

/** The API route each invoked actor calls (the routes the session holds). */
const ACTOR_ROUTES: Readonly<Record<string, string>> = {
  associateTicket: 'POST /v1/leads/:contactId/tickets/:ticketId',
  refreshTickets: 'GET /v1/leads/:contactId/tickets',
}

type Message = { type: string } & Record<string, unknown>

/** The wire message with the model's ids (`T-1001`) replaced by the CRM's real ones. */
function withRealIds(message: Message, aliases: ReadonlyMap<string, string>): Message {
  const copy: Message = { ...message }
  for (const [key, value] of Object.entries(copy)) {
    if (key.endsWith('Id') && typeof value === 'string' && aliases.has(value)) copy[key] = aliases.get(value)
  }
  return copy
}

/** A trusted message created a ticket the CRM does not know yet: create it for real first. */
async function createRealTickets(session: PathSession, message: Message): Promise<void> {
  const ticketId = message.ticketId
  if (typeof ticketId !== 'string' || session.aliases.has(ticketId)) return
  const frame = await session.embedFrame()
  const created = await frame.evaluate(
    (auto) => window.__ticketEmbedPaths!.createTicket(auto),
    message.isAutoAssociated === true,
  )
  session.aliases.set(ticketId, created.ticketId)
  session.createdTickets.push(created.ticketId)
  if (typeof message.pipelineId === 'string' && created.pipelineId !== null) session.aliases.set(message.pipelineId, created.pipelineId)
}

async function postEmbedMessage(session: PathSession, event: ModelEvent): Promise<string> {
  const { origin, fromOwnFrame, version, message } = event as unknown as { origin: string; fromOwnFrame: boolean; version: unknown; message: Message }
  const hostOrigin = session.urls.hostOrigin
  const before = (await session.probe()).messagesIn
  let how: string
  if (origin !== CRM_ORIGIN) {
    const frame = await session.times.time('play embed › forged frame', () => session.forgedFrame('otherOrigin'))
    await frame.evaluate(({ data, to }) => window.parent.postMessage(data, to), { data: message, to: hostOrigin })
    how = `posted by a frame on ${session.urls.spoofOrigin}`
  } else if (!fromOwnFrame) {
    const frame = await session.times.time('play embed › forged frame', () => session.forgedFrame('otherFrame'))
    await frame.evaluate(({ data, to }) => window.parent.postMessage(data, to), { data: message, to: hostOrigin })
    how = 'posted by another frame of the embed origin'
  } else if (version !== PROTOCOL_VERSION) {
    const frame = await session.embedFrame()
    await frame.evaluate((data) => window.__ticketEmbedPaths!.postRaw(data), { ...message, version })
    how = `posted by the panel's embed with version ${String(version)}`
  } else {
    await session.times.time('play embed › create ticket', () => createRealTickets(session, message))
    const frame = await session.times.time('play embed › embed frame', () => session.embedFrame())
    const via = await frame.evaluate((data) => window.__ticketEmbedPaths!.send(data), withRealIds(message, session.aliases))
    how = via === 'sdk' ? "sent by the panel's embed through the child SDK" : "posted by the panel's embed before its SDK session"
  }
  // Each message is judged (accepted or dropped) before the step's outcome is checked.
  const judged = (probe: HostPathsProbe) => probe.messagesIn > before
  await session.times.time('play embed › judged', () => waitForProbe(session, judged, `the panel to judge the ${message.type} message`))
  return how
}

async function reloadFrame(session: PathSession): Promise<string> {
  const frame = await session.embedFrame()
  await frame.evaluate(() => window.location.reload())
  return 'the panel iframe reloads'
}

/** What an `xstate.error.actor.*` event's error becomes at the API: its HTTP status, or a dropped connection. */
function outcomeOf(event: ModelEvent): HeldOutcome {
  if (event.type.startsWith('xstate.done.')) return 'pass'
  const status = (event as { error?: { status?: unknown } }).error?.status
  return typeof status === 'number' ? status : 'network'
}

async function settleActor(session: PathSession, event: ModelEvent): Promise<string> {
  const actorId = /^xstate\.(?:done|error)\.actor\.(.+)$/.exec(event.type)![1]!
  const route = ACTOR_ROUTES[actorId]
  if (!route) throw new Error(`no API route for the actor "${actorId}": add it to ACTOR_ROUTES in tests/paths/support/stepPlayer.ts`)
  const outcome = outcomeOf(event)
  await session.held.answer(route, outcome, SETTLE_MS)
  return `the API answers ${route} with ${outcome === 'pass' ? 'its real response' : outcome === 'network' ? 'a dropped connection' : `HTTP ${outcome}`}`
}

async function runDelay(session: PathSession, event: ModelEvent, before: AnyMachineSnapshot): Promise<string> {
  const delay = /^xstate\.after\.([^.]+)\./.exec(event.type)?.[1]
  if (!delay) throw new Error(`cannot read the delay of ${event.type}`)
  const ms = delayMs(delay, before)
  const beforeValue = JSON.stringify(before.value)
  // Any held request the state invoked is already waiting, so the timer races nothing.
  await session.page.clock.runFor(ms - 1)
  const early = await session.probe()
  if (JSON.stringify(early.snapshot?.value) !== beforeValue) {
    throw new Error(`${delay} fired before ${ms} ms: the panel is ${JSON.stringify(early.snapshot?.value)} at ${ms - 1} ms`)
  }
  await session.page.clock.runFor(1)
  return `the page clock runs ${ms} ms (${delay})`
}

/**
 * Why `event` cannot be played on the demo, or `null` when it can: the same mapping `playEvent`
 * uses, checked without a browser so a unit test names any event the machine gained and the player
 * does not know yet.
 */
export function unplayableReason(event: ModelEvent, sdkMessageTypes: readonly string[]): string | null {
  const { type } = event
  if (type.startsWith('panel.')) return PANEL_CONTROLS[type] ? null : `no agent control for "${type}": add it to PANEL_CONTROLS in tests/paths/support/stepPlayer.ts`
  if (type.startsWith('embed.')) {
    const message = (event as { message?: { type?: string } }).message
    if (!message?.type) return `${type} carries no wire message`
    const trusted = (event as { origin?: string }).origin === CRM_ORIGIN && (event as { fromOwnFrame?: boolean }).fromOwnFrame && (event as { version?: unknown }).version === PROTOCOL_VERSION
    if (trusted && message.type !== 'EMBED_READY' && !sdkMessageTypes.includes(message.type)) {
      return `the reference embed cannot send ${message.type}: add it to SDK_SENDERS in demo/embed/pathsHook.ts`
    }
    return null
  }
  if (type === 'frame.reloaded') return null
  if (type.startsWith('xstate.after.')) return null
  const actor = /^xstate\.(?:done|error)\.actor\.(.+)$/.exec(type)
  if (actor) return ACTOR_ROUTES[actor[1]!] ? null : `no API route for the actor "${actor[1]}": add it to ACTOR_ROUTES in tests/paths/support/stepPlayer.ts`
  return `no way to play the event "${type}" on the demo: map its family in tests/paths/support/stepPlayer.ts`
}

/** Plays `event` (the model's step from `before`) on the demo; resolves with how it was played. */
export async function playEvent(session: PathSession, event: ModelEvent, before: AnyMachineSnapshot): Promise<string> {
  const { type } = event
  if (type.startsWith('panel.')) {
    const control = PANEL_CONTROLS[type]
    if (!control) throw new Error(`no agent control for "${type}": add it to PANEL_CONTROLS in tests/paths/support/stepPlayer.ts`)
    await control(session)
    return `the agent uses the ${type} control`
  }
  if (type.startsWith('embed.')) return postEmbedMessage(session, event)
  if (type === 'frame.reloaded') return reloadFrame(session)
  if (type.startsWith('xstate.after.')) return runDelay(session, event, before)
  if (/^xstate\.(done|error)\.actor\./.test(type)) return settleActor(session, event)
  throw new Error(`no way to play the event "${type}" on the demo: map its family in tests/paths/support/stepPlayer.ts`)
}
