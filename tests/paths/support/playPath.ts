import { isDeepStrictEqual } from 'node:util'
import type { AnyMachineSnapshot } from 'xstate'
import type { ModelPath } from '../../model/model'
import { expectedContext, expectedEffects } from '../../model/expectations'
import { checkEffects, checkPanel, checkTicketsListed } from './agentView'
import { divergenceOf } from './demoDivergences'
import { contextMismatches, probeLabel, ProbeWaitTimeout, waitForProbe, withModelIds } from './panelProbe'
import type { PathSession } from './pathSession'
import type { HostPathsProbe } from '../../../demo/host/pathsHook'
import type { ModelEvent } from '../../model/sampleEvents'
import { saveShot, type PathRunResult, type StepRunResult } from './runResults'
import { playEvent } from './stepPlayer'

/** `snapshot` with `context` in place of its own (the rest, methods included, from the snapshot). */
function withContext(snapshot: AnyMachineSnapshot, context: Record<string, unknown>): AnyMachineSnapshot {
  return Object.create(snapshot, { context: { value: context, enumerable: true } }) as AnyMachineSnapshot
}

/** The phase a step's event is timed under: its family, or the event itself (each `panel.*` control). */
function playPhase(event: ModelEvent, trusted: boolean): string {
  if (event.type.startsWith('embed.')) return trusted ? 'play embed (trusted)' : 'play embed (forged)'
  if (event.type.startsWith('xstate.after.')) return 'play xstate.after'
  if (/^xstate\.(done|error)\.actor\./.test(event.type)) return 'play actor outcome'
  return `play ${event.type}`
}

/**
 * Plays a generated path on the demo. After every step: the panel's snapshot (state, link attempt
 * and the context the panel shows) equals the model's, the panel shows that state, the toasts and
 * pending links the step causes are on screen, and a screenshot is saved. An untrusted message must
 * be dropped and leave the snapshot exactly as it was.
 */
export async function playPath(session: PathSession, path: ModelPath): Promise<PathRunResult> {
  const started = Date.now()
  const steps: StepRunResult[] = path.steps.map(() => ({ status: 'not-run', shot: null, played: null, seen: [] }))
  const { times } = session
  const shoot = async (index: number) => {
    const image = await times.time('screenshot', () => session.screenshot())
    steps[index]!.shot = await times.time('save shot', async () => saveShot(path.id, index, image))
  }
  let current = 0
  try {
    const [start, ...rest] = path.steps
    const first = await times.time('probe', () => session.probe())
    if (probeLabel(first) !== start!.stateLabel) throw new Error(`the page starts with the panel ${probeLabel(first)}, the model says ${start!.stateLabel}`)
    await times.time('checkPanel', () => checkPanel(session.page, start!.state))
    steps[0] = { status: 'passed', shot: null, played: 'the customer page opens', seen: [] }
    await shoot(0)

    for (const [offset, step] of rest.entries()) {
      current = offset + 1
      const where = `step ${current} "${step.phrase}"`
      const probeBefore = await times.time('probe', () => session.probe())
      // The model's state with the demo's context: the traversal keeps one context per state key,
      // while what a step must do (the next frame key, the attempt) depends on the real one.
      const before = withContext(path.steps[offset]!.state, withModelIds(probeBefore.snapshot?.context ?? {}, session.aliases))
      // What the panel must show: the model's state with the context this path leaves, not the
      // one the traversal kept for the state (it may come from a path where the form was closed).
      let shown: AnyMachineSnapshot
      steps[current]!.played = await times.time(playPhase(step.event!, step.trusted), () => playEvent(session, step.event!, before))

      if (!step.trusted) {
        const after = await times.time('probe', () => session.probe())
        if (!after.lastVerdict?.startsWith('dropped')) throw new Error(`${where}: the panel did not drop it (${after.lastVerdict ?? 'no verdict'})`)
        if (!isDeepStrictEqual(after.snapshot, probeBefore.snapshot)) {
          throw new Error(`${where}: an untrusted message changed the panel: ${JSON.stringify(probeBefore.snapshot)} → ${JSON.stringify(after.snapshot)}`)
        }
        steps[current]!.seen.push(`message dropped (${after.lastVerdict.slice('dropped: '.length)})`)
        shown = withContext(step.state, before.context)
      } else {
        // The context the step must leave (tests/model/expectations.ts), read with the model's ids.
        const divergence = divergenceOf(step)
        const wanted = { ...(expectedContext(before, step.event!, step.state) as Record<string, unknown>), ...divergence?.context }
        if (divergence) steps[current]!.seen.push(`on the demo: ${divergence.note}`)
        shown = withContext(step.state, { ...before.context, ...wanted })
        // One wait for the state and the context: the context is checked on the probe that shows
        // the state, and a timeout still says which of the two the panel did not reach.
        const mismatches = (probe: HostPathsProbe) => contextMismatches(withModelIds(probe.snapshot?.context ?? {}, session.aliases), wanted)
        await times
          .time('waitForProbe', () =>
            waitForProbe(session, (probe) => probeLabel(probe) === step.stateLabel && mismatches(probe).length === 0, `${where} to leave the panel ${step.stateLabel}`),
          )
          .catch((error: unknown) => {
            const last = error instanceof ProbeWaitTimeout ? error.probe : null
            if (!last || probeLabel(last) !== step.stateLabel) throw error
            throw new Error(`${where}: ${step.stateLabel} with ${mismatches(last).join('; ')}`, { cause: error })
          })
        const effects = expectedEffects(before, step.event!, step.state)
        steps[current]!.seen.push(...(await times.time('checkEffects', () => checkEffects(session.page, session.contactId, effects, session.aliases))))
      }
      await times.time('checkPanel', () => checkPanel(session.page, shown))
      if (step.event!.type === 'xstate.done.actor.refreshTickets') {
        steps[current]!.seen.push(...(await times.time('checkTicketsListed', () => checkTicketsListed(session.page, session.createdTickets))))
      }
      steps[current]!.status = 'passed'
      await shoot(current)
    }
    return { status: 'passed', error: null, durationMs: Date.now() - started, steps }
  } catch (error) {
    steps[current]!.status = 'failed'
    await shoot(current).catch(() => undefined)
    const message = error instanceof Error ? error.message : String(error)
    return { status: 'failed', error: `${path.id} step ${current}: ${message}`, durationMs: Date.now() - started, steps }
  }
}
