import { fireEvent, screen, within } from '@testing-library/vue'
import { setupServer } from 'msw/node'
import { toast } from '@mekari/pixel3'
import { DEFAULT_MAX_HEIGHT, DEFAULT_MIN_HEIGHT } from '../../machines/constants'
import { linkOutcome } from '../model/expectations'
import { modelPaths, type ModelPath, type ModelStep } from '../model/model'
import { CRM_ORIGIN, CUSTOMER_ID, delayMs, MODEL_INPUT, type ModelEvent } from '../model/sampleEvents'
import { valuePath } from '../model/stateKeys'
import { settle } from './support/crmServer'
import { createModelCrm, type ModelAnswer } from './support/modelCrm'
import { mountTickets, openCreatePanel, openMenu } from './support/mountTickets'

/**
 * Every generated path of the statechart, replayed against the mounted `AssociatedTickets` the way
 * an agent and an embed would drive it: clicks on the real buttons, real `MessageEvent`s from the
 * iframe's window, real HTTP answers through msw, and the fake clock for the named delays. After
 * each step it checks what the agent sees in the state the model expects.
 */

const { state: statePaths, transition: transitionPaths } = modelPaths()
const server = setupServer()
const CONTACT = { id: CUSTOMER_ID, name: MODEL_INPUT.customer.contactName ?? 'Customer' }

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  window.sessionStorage.clear()
  if (document.querySelector('[data-sonner-toaster]')) toast.closeAll()
  vi.useRealTimers()
})
afterAll(() => server.close())

type TopState = 'hidden' | 'loading' | 'ready' | 'error' | 'associating' | 'success'
const topStateOf = (step: ModelStep) => valuePath(step.state.value).split('.')[0] as TopState
const panel = () => screen.queryByTestId('ticket-embed-panel')
const frame = () => screen.queryByTitle('Create Ticket') as HTMLIFrameElement | null
const toastText = () => document.querySelector('[data-sonner-toaster]')?.textContent ?? ''

/**
 * What the path has done so far that the screen must show. Followed from the events themselves: the
 * model's snapshots are keyed by state, so their context may come from another path to that state.
 */
interface Seen {
  error: { reason: 'timeout' } | { reason: 'embed'; code: string; message?: string } | null
  height: number | null
  linkFailed: boolean
  /** The agent closed the form, or the page listed the ticket at once: what follows happens out of sight. */
  dismissed: boolean
  /** The ticket the embed reported last, listed at once (`optimisticList`, the default). */
  listed: string | null
}

function follow(seen: Seen, before: ModelStep, step: ModelStep): Seen {
  const event = step.event!
  if (!step.trusted || step.transitions.length === 0) return seen
  const from = valuePath(before.state.value)
  // Reopened while the closed panel kept its frame: the same form, its height kept.
  if (event.type === 'panel.open' && from === 'hidden.listening') return { ...seen, dismissed: false }
  // The form loading or loaded out of sight is shown: its height kept, the last ticket's traces gone.
  if (event.type === 'panel.open' && (from === 'hidden.warming' || from === 'hidden.warm')) {
    return { ...seen, error: null, linkFailed: false, dismissed: false, listed: null }
  }
  if (event.type === 'panel.open' || event.type === 'panel.prepare') return { error: null, height: null, linkFailed: false, dismissed: false, listed: null }
  if (event.type === 'embed.ticketCreated' && (from === 'ready' || from === 'hidden.listening')) {
    return { ...seen, dismissed: true, listed: event.message.ticketId }
  }
  if ((event.type === 'panel.close' || event.type === 'embed.close') && valuePath(step.state.value) === 'hidden.listening') {
    return { ...seen, dismissed: true }
  }
  if (event.type === 'panel.retry') return { ...seen, error: null, height: null }
  if (event.type.startsWith('xstate.after.readyTimeout.')) return { ...seen, error: { reason: 'timeout' } }
  if (event.type === 'embed.createError') {
    const { errorCode, errorMessage } = event.message
    return { ...seen, error: { reason: 'embed', code: errorCode, ...(errorMessage === undefined ? {} : { message: errorMessage }) } }
  }
  if (event.type === 'embed.resize') return { ...seen, height: Math.min(DEFAULT_MAX_HEIGHT, Math.max(DEFAULT_MIN_HEIGHT, event.message.height)) }
  if (linkOutcome(before.state, event) === 'failed') return { ...seen, linkFailed: true }
  return seen
}

/** What the agent sees in each state (DESIGN §3, §5). */
function expectAgentSees(step: ModelStep, where: string, seen: Seen) {
  const state = topStateOf(step)
  if (state === 'hidden' || seen.dismissed) {
    if (valuePath(step.state.value) === 'hidden.idle') {
      expect(panel(), `${where}: no panel`).toBeNull()
      expect(frame(), `${where}: no iframe`).toBeNull()
    } else {
      // Closed while the embed may still report a ticket: the frame stays mounted and heard, not shown.
      expect(panel()!.style.display, `${where}: the panel is not shown`).toBe('none')
      expect(panel()!.dataset.state, `${where}: panel state`).toBe(state)
      expect(frame(), `${where}: the iframe is kept`).not.toBeNull()
    }
    expect(screen.getByTestId('ticket-list'), `${where}: the list is back`).toBeTruthy()
    if (seen.listed !== null && (state === 'associating' || state === 'success')) {
      // Listed at once, before the link and the re-fetch: as a new row, or as a pending link once the link failed.
      expect(document.querySelector(`[data-ticket-id="${seen.listed}"]`), `${where}: ticket ${seen.listed} listed at once`).not.toBeNull()
    }
    if (state === 'success') expect(toastText(), `${where}: success toast`).toContain('Ticket created successfully')
    if (seen.linkFailed) {
      // TCKT-S04/ERR-1: the ticket is not lost.
      expect(screen.getByTestId('pending-link-row').textContent, `${where}: kept as a pending link`).toContain('Not linked yet')
    }
    return
  }
  const region = panel()
  expect(region, `${where}: the panel is shown`).not.toBeNull()
  expect(region!.style.display, `${where}: the panel is visible`).not.toBe('none')
  expect(region!.dataset.state, `${where}: panel state`).toBe(state)
  expect(screen.queryByTestId('ticket-list'), `${where}: the panel replaces the list`).toBeNull()
  const iframe = frame()
  expect(iframe, `${where}: the iframe stays mounted`).not.toBeNull()
  const status = within(region!).getByRole('status').textContent ?? ''

  switch (state) {
    case 'loading':
      expect(region!.getAttribute('aria-busy'), `${where}: aria-busy`).toBe('true')
      expect(screen.queryByTestId('ticket-embed-skeleton'), `${where}: skeleton`).not.toBeNull()
      expect(iframe!.style.display, `${where}: iframe hidden behind the skeleton`).toBe('none')
      expect(status).toContain('Loading the ticket form')
      expect(screen.queryByRole('alert'), `${where}: no error`).toBeNull()
      break
    case 'ready':
      expect(region!.hasAttribute('aria-busy'), `${where}: not busy`).toBe(false)
      expect(screen.queryByTestId('ticket-embed-skeleton'), `${where}: no skeleton`).toBeNull()
      expect(iframe!.style.display, `${where}: iframe visible`).toBe('')
      expect(screen.queryByRole('alert'), `${where}: no error`).toBeNull()
      if (seen.height !== null) expect(iframe!.style.height, `${where}: height from EMBED_RESIZE`).toBe(`${seen.height}px`)
      break
    case 'error': {
      const alert = within(region!).getByRole('alert')
      expect(within(alert).getByRole('button', { name: 'Retry' }), `${where}: retry button`).toBeTruthy()
      expect(alert.textContent, `${where}: hint`).toContain('"Associate existing"')
      const error = seen.error
      expect(error, `${where}: an error was reported`).not.toBeNull()
      if (error?.reason === 'timeout') expect(alert.textContent).toContain("The ticket form didn't load in time.")
      if (error?.reason === 'embed') {
        expect(alert.textContent).toContain(error.message ?? 'The ticket form reported an error.')
        expect(alert.textContent).toContain(`Error code: ${error.code}`)
      }
      expect(iframe!.style.display, `${where}: iframe kept, hidden`).toBe('none')
      break
    }
    case 'associating':
      expect(status, `${where}: linking status`).toContain('Linking the ticket to the customer')
      expect(screen.queryByRole('alert'), `${where}: no error`).toBeNull()
      break
    case 'success':
      expect(status, `${where}: success status`).toContain('Ticket created.')
      expect(toastText(), `${where}: success toast`).toContain('Ticket created successfully')
      if (seen.linkFailed) expect(toastText(), `${where}: link-failed warning`).toContain("Ticket created but couldn't be linked")
      break
  }
}

/** Makes the page receive `event` the way it would in production. */
async function perform(event: ModelEvent, before: ModelStep, crm: ReturnType<typeof createModelCrm>, stray: HTMLIFrameElement) {
  const type = event.type
  if (type === 'panel.prepare') return openMenu()
  if (type === 'panel.open') return openCreatePanel()
  if (type === 'panel.close') return fireEvent.click(within(panel()!).getByRole('button', { name: 'Back' }))
  if (type === 'panel.retry') return fireEvent.click(within(panel()!).getByRole('button', { name: 'Retry' }))
  if (type === 'frame.reloaded') return reloadFrame(frame()!)
  if (type.startsWith('embed.')) {
    const { origin, fromOwnFrame, version, message } = event as ModelEvent & { origin: string; fromOwnFrame: boolean; version: unknown; message: object }
    const data = { ...message, version }
    const source = fromOwnFrame ? frame()!.contentWindow : stray.contentWindow
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
    return settle(2)
  }
  const delayed = /^xstate\.after\.([^.]+)\./.exec(type)
  if (delayed) {
    const ms = delayMs(delayed[1]!, before.state, MODEL_INPUT)
    await vi.advanceTimersByTimeAsync(ms - 1)
    expect(panel()?.dataset.state ?? 'hidden', `${type} must not fire before ${ms} ms`).toBe(topStateOf(before))
    await vi.advanceTimersByTimeAsync(1)
    return settle()
  }
  const settled = /^xstate\.(done|error)\.actor\.(.+)$/.exec(type)
  if (settled) {
    const outcome: ModelAnswer = settled[1] === 'done' ? 200 : answerFor((event as { error: unknown }).error)
    if (settled[2] === 'associateTicket') crm.answerPost(outcome)
    else crm.answerList(outcome)
    return settle()
  }
  throw new Error(`no way to perform ${type} on the page`)
}

function answerFor(error: unknown): ModelAnswer {
  const status = (error as { status?: unknown }).status
  return typeof status === 'number' ? (status as ModelAnswer) : 'network'
}

/** The second `load` of the same iframe element is a navigation (`frame.reloaded`). */
const loaded = new WeakSet<HTMLIFrameElement>()
async function reloadFrame(element: HTMLIFrameElement) {
  if (!loaded.has(element)) {
    element.dispatchEvent(new Event('load'))
    loaded.add(element)
  }
  element.dispatchEvent(new Event('load'))
  await settle(2)
}

async function replay(path: ModelPath) {
  vi.useFakeTimers({ shouldAdvanceTime: false, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  const crm = createModelCrm()
  server.use(...crm.handlers)
  const { onMessage } = mountTickets({ contact: CONTACT, config: { embedBaseUrl: CRM_ORIGIN } })
  const stray = document.createElement('iframe')
  document.body.append(stray)
  try {
    await settle()
    crm.holdLists()
    const [start, ...steps] = path.steps
    let seen: Seen = { error: null, height: null, linkFailed: false, dismissed: false, listed: null }
    expectAgentSees(start!, `${path.id} start`, seen)

    let before = start!
    for (const [index, step] of steps.entries()) {
      const where = `${path.id} step ${index + 1} "${step.phrase}"`
      const dropsBefore = onMessage.mock.calls.filter(([entry]) => !entry.accepted).length
      await perform(step.event!, before, crm, stray)
      seen = follow(seen, before, step)
      expectAgentSees(step, where, seen)
      if (!step.trusted) {
        // Untrusted: the page drops it before (version) or at (origin, frame) the door, visibly in the log.
        const drops = onMessage.mock.calls.filter(([entry]) => !entry.accepted)
        expect(drops.length, `${where}: dropped`).toBe(dropsBefore + 1)
        expect(['origin-mismatch', 'not-own-frame', 'bad-field:version']).toContain(drops.at(-1)![0].reason)
      }
      before = step
    }
  } finally {
    stray.remove()
  }
}

describe('model paths on the mounted AssociatedTickets: every state', () => {
  it.each(statePaths.map((path) => [`${path.id} ${path.description}`, path] as const))('%s', async (_, path) => {
    await replay(path)
  })
})

describe('model paths on the mounted AssociatedTickets: every transition', () => {
  it.each(transitionPaths.map((path) => [`${path.id} ${path.covers}`, path] as const))('%s', async (_, path) => {
    await replay(path)
  })
})
