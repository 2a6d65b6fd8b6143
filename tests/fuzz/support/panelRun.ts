import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { EMBED_ORIGIN } from '../../support/machineHarness'
import type { EmbedSays, PanelAction, PanelScenario } from './panelActions'
import type { PanelEnv } from './panelEnv'
import {
  checkAlways, checkDrained, checkNoEffect, checkPosts, checkReleased, effectsOf, invariant, InvariantError, OPEN_STATES,
} from './panelInvariants'
import { isIdle, isListening, isWarm, mountPanel, topLevel } from './panelRig'
import { bump, type PanelStats } from './panelStats'

/** Captured before `vi.useFakeTimers()` replaces it. */
const realSetImmediate = globalThis.setImmediate
/** Lets promises, Vue's render and the refs it sets run to completion, without moving fake time. */
const settle = () => new Promise<void>((resolve) => realSetImmediate(resolve))

/** Long enough for every timer of the panel: 3 link attempts of 10 s, backoffs, the 10 s refresh timeout. */
export const DRAIN_MS = 60_000

const isOpen = (state: string) => (OPEN_STATES as readonly string[]).includes(state)

/** The wire message for `says`; `TICKET_CREATED` gets `ticketId` (a number when asked for, to test normalisation). */
function wireMessage(says: EmbedSays, ticketId: string | number): Record<string, unknown> {
  const { type, ...fields } = says
  if (type !== 'TICKET_CREATED') return { type, version: 1, ...fields }
  const { numericId: _numericId, ...optional } = fields as Omit<Extract<EmbedSays, { type: 'TICKET_CREATED' }>, 'type'>
  return { type, version: 1, ticketId, ...optional }
}

function post(data: unknown, origin: string, source: MessageEventSource | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
}

/** One run: mount, every action with the invariants after each, drain (or unmount early), unmount. */
export async function runPanelScenario(env: PanelEnv, scenario: PanelScenario, stats: PanelStats): Promise<void> {
  sessionStorage.clear()
  vi.clearAllTimers()
  env.posts.length = 0
  env.consoleMessages.length = 0
  const rig = mountPanel(env, scenario)
  // [action, state after it], printed only when an invariant breaks.
  const trace: [unknown, string][] = []
  let tickets = 0
  let mounted = true
  const unsubscribe = rig.embed.actorRef.subscribe((snapshot) => bump(stats.states, JSON.stringify(snapshot.value)))
  try {
    for (const [step, action] of scenario.actions.entries()) {
      env.cursor.step = step
      const initTo = await perform(action)
      await settle()
      trace.push([action, rig.embed.state.value])
      checkAlways(rig, env)
      checkPosts(env, step, initTo)
      stats.steps += 1
      bump(stats.actions, action.kind === 'trusted' || action.kind === 'forged' ? `${action.kind} ${action.says.type}` : action.kind)
    }
    env.cursor.step = scenario.actions.length
    if (scenario.unmountEarly) {
      stats.earlyUnmounts += 1
    } else {
      await vi.advanceTimersByTimeAsync(DRAIN_MS)
      await settle()
      trace.push([`drained ${DRAIN_MS} ms`, rig.embed.state.value])
      checkAlways(rig, env)
      checkPosts(env, env.cursor.step, null)
      checkDrained(rig)
    }
    unsubscribe.unsubscribe()
    rig.wrapper.unmount()
    mounted = false
    await settle()
    rig.backend.dispose()
    checkReleased(rig)
    collect()
  } catch (error) {
    if (error instanceof InvariantError) {
      error.message += `\n  trace:${trace.map(([action, state], step) => `\n    ${step}: ${fc.stringify(action)} → ${state}`).join('')}`
    }
    throw error
  } finally {
    env.cursor.step = -1
    if (mounted) rig.wrapper.unmount()
    rig.release()
    vi.clearAllTimers()
  }

  function collect() {
    stats.runs += 1
    stats.handledTickets += rig.handled.size
    stats.pendingAtEnd += rig.embed.pendingLinks.value.length
    for (const call of rig.backend.associateCalls) bump(stats.associateResults, `${call.by}:${call.outcome.result}:${call.state}`)
    for (const call of rig.backend.refreshCalls) bump(stats.refreshResults, `${call.by}:${call.outcome.result}:${call.state}`)
    stats.linkedByRetryLink += rig.backend.associateCalls.filter((call) => call.by === 'retryLink' && call.state === 'resolved').length
  }

  /** Runs `action`; returns the window an `EMBED_INIT` is now due to, if any. */
  async function perform(action: PanelAction): Promise<Window | null> {
    const { embed } = rig
    const before = embed.actorRef.getSnapshot()
    const state = topLevel(before)
    const frameWindow = embed.iframe.value?.contentWindow ?? null
    switch (action.kind) {
      case 'prepare':
        embed.prepare()
        // Loaded on intent, out of sight; anywhere else the intent changes nothing.
        if (isIdle(before)) {
          invariant(embed.snapshot.value.matches({ hidden: 'warming' }), `prepare from hidden.idle went to ${JSON.stringify(embed.snapshot.value.value)}`)
          invariant(!embed.visible.value, 'a preloaded form is shown')
        } else {
          invariant(isDeepStrictEqual(embed.snapshot.value.value, before.value), `prepare moved ${JSON.stringify(before.value)}`)
        }
        return null
      case 'open':
        if (isWarm(before)) {
          // A loaded form, shown at once in the same frame; its EMBED_INIT is due now.
          embed.open()
          invariant(embed.state.value === 'ready', `open from hidden.warm went to ${embed.state.value}`)
          invariant(embed.iframe.value?.contentWindow === frameWindow, 'open from hidden.warm did not keep the frame')
          return frameWindow
        }
        embed.open()
        if (before.matches({ hidden: 'warming' })) {
          invariant(embed.state.value === 'loading', `open from hidden.warming went to ${embed.state.value}`)
          invariant(embed.iframe.value?.contentWindow === frameWindow, 'open from hidden.warming did not keep the frame')
        }
        // Closed for good: a fresh frame loads. Closed but still listening: the same frame shows again.
        if (isIdle(before)) invariant(embed.state.value === 'loading', `open from hidden.idle went to ${embed.state.value}`)
        if (isListening(before)) {
          invariant(embed.state.value === 'ready', `open from hidden.listening went to ${embed.state.value}`)
          invariant(embed.iframe.value?.contentWindow === frameWindow, 'open from hidden.listening did not keep the frame')
        }
        return null
      case 'close':
        embed.close()
        if (isOpen(state)) invariant(embed.state.value === 'hidden', `panel.close from ${state} went to ${embed.state.value}`)
        return null
      case 'retry':
        embed.retry()
        return null
      case 'retryLink': {
        const links = embed.pendingLinks.value
        const ticketId = links.length === 0 ? 'TCK-NOT-PENDING' : links[action.pick % links.length]!.ticketId
        for (let click = 0; click < action.clicks; click += 1) void rig.clickLinkNow(ticketId)
        return null
      }
      case 'advance':
        await vi.advanceTimersByTimeAsync(action.ms)
        return null
      case 'frameLoad':
        embed.iframe.value?.dispatchEvent(new Event('load'))
        return null
      case 'pagehide':
        window.dispatchEvent(new Event('pagehide'))
        return null
      case 'trusted':
        return frameWindow ? sendTrusted(action.says, frameWindow, state) : null
      case 'forged':
        return sendForged(action, frameWindow)
      case 'malformed': {
        const effects = effectsOf(rig, env)
        post(action.data, EMBED_ORIGIN, frameWindow ?? rig.staleWindow())
        checkNoEffect(rig, env, effects)
        return null
      }
    }
  }

  function sendTrusted(says: EmbedSays, frameWindow: Window, state: string): Window | null {
    const { embed } = rig
    tickets += 1
    const wireId = says.type === 'TICKET_CREATED' && says.numericId ? 7_000 + tickets : `TCK-${tickets}`
    const listening = isListening(embed.actorRef.getSnapshot())
    const outOfSight = isWarm(embed.actorRef.getSnapshot()) || embed.actorRef.getSnapshot().matches({ hidden: 'warming' })
    const effects = effectsOf(rig, env)
    post(wireMessage(says, wireId), EMBED_ORIGIN, frameWindow)
    const after = embed.actorRef.getSnapshot()
    if (outOfSight && says.type !== 'EMBED_READY' && says.type !== 'EMBED_RESIZE') {
      // A form not shown yet: nothing it reports is acted on, and nothing the agent sees changes.
      const now = effectsOf(rig, env)
      invariant(isDeepStrictEqual(now.snapshot.value, effects.snapshot.value), `${says.type} from a form out of sight moved the panel`)
      invariant(isDeepStrictEqual(now.snapshot.context, effects.snapshot.context), `${says.type} from a form out of sight changed the context`)
      for (const key of ['associate', 'refresh', 'posts', 'notify', 'track'] as const) {
        invariant(now[key] === effects[key], `${says.type} from a form out of sight: ${key} was called`)
      }
      invariant(!embed.visible.value, `${says.type} from a form out of sight showed the panel`)
    }
    if (says.type === 'EMBED_READY' && isOpen(state)) {
      invariant(topLevel(after) === 'ready', `a trusted ready in ${state} went to ${topLevel(after)}`)
      return frameWindow
    }
    if (says.type === 'TICKET_CREATED') {
      const ticketId = String(wireId)
      if (state === 'ready' || listening) {
        // A trusted TICKET_CREATED from our frame within the grace window is taken in exactly as in ready.
        invariant(after.context.ticket?.ticketId === ticketId, `the machine did not take ${ticketId} in${listening ? ' after the close' : ''}`)
        invariant(!listening || !embed.visible.value, `${ticketId}, reported after the close, showed the panel again`)
        rig.handled.set(ticketId, { isAutoAssociated: says.isAutoAssociated === true })
        if (listening) {
          rig.afterClose.add(ticketId)
          stats.createdAfterClose += 1
        }
      } else {
        bump(stats.createdWhileNotReady, state)
        if (state === 'associating' || state === 'success') {
          rig.late.set(ticketId, { isAutoAssociated: says.isAutoAssociated === true })
        }
      }
    }
    return null
  }

  function sendForged(action: Extract<PanelAction, { kind: 'forged' }>, frameWindow: Window | null): null {
    tickets += 1
    const data = wireMessage(action.says, `FORGED-${tickets}`)
    let origin = EMBED_ORIGIN
    let source: MessageEventSource | null = frameWindow ?? rig.staleWindow()
    const { forgery } = action
    if (forgery.by === 'origin') origin = forgery.origin
    if (forgery.by === 'version') data.version = forgery.version
    if (forgery.by === 'noVersion') delete data.version
    if (forgery.by === 'source') {
      source = { otherFrame: env.pool.spoof.contentWindow, staleFrame: rig.staleWindow(), none: null, hostWindow: window }[forgery.source]
    }
    const effects = effectsOf(rig, env)
    post(data, origin, source)
    checkNoEffect(rig, env, effects)
    return null
  }
}
