import { isDeepStrictEqual } from 'node:util'
import type { HostPathsProbe } from '../../../demo/host/pathsHook'
import type { StateValue } from 'xstate'
import { stateLabel } from '../../model/stateKeys'
import { SETTLE_MS, type PathSession } from './pathSession'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The probe never satisfied the condition; `probe` is the last one read. */
export class ProbeWaitTimeout extends Error {
  constructor(
    message: string,
    readonly probe: HostPathsProbe,
  ) {
    super(message)
  }
}

/** Waits until the host page's probe satisfies `condition` (a condition, not a time window). */
export async function waitForProbe(
  session: PathSession,
  condition: (probe: HostPathsProbe) => boolean,
  what: string,
): Promise<HostPathsProbe> {
  const deadline = Date.now() + SETTLE_MS
  for (;;) {
    const probe = await session.probe()
    if (condition(probe)) return probe
    if (Date.now() > deadline) {
      throw new ProbeWaitTimeout(`waited ${SETTLE_MS} ms for ${what}; the panel is ${probeLabel(probe)}, last message: ${probe.lastVerdict ?? 'none'}`, probe)
    }
    await pause(20)
  }
}

/** `associating.attempting (attempt 2)` for a probe's snapshot, as the model labels states. */
export function probeLabel(probe: HostPathsProbe): string {
  const snapshot = probe.snapshot
  // The model's own labelling: the same context tells the same states apart.
  return snapshot ? stateLabel({ value: snapshot.value as StateValue, context: snapshot.context }) : 'hidden'
}

/** A snapshot's context with the CRM's real ids (`tk-…`) put back to the model's (`T-1001`). */
export function withModelIds(context: Record<string, unknown>, aliases: ReadonlyMap<string, string>): Record<string, unknown> {
  const modelIdOf = new Map([...aliases].map(([model, real]) => [real, model]))
  const ticket = context.ticket as Record<string, unknown> | null | undefined
  if (!ticket) return context
  const modelTicket = Object.fromEntries(
    Object.entries(ticket).map(([key, value]) => [key, typeof value === 'string' ? (modelIdOf.get(value) ?? value) : value]),
  )
  return { ...context, ticket: modelTicket }
}

/** The fields of `wanted` that `context` does not hold as wanted, as `field: actual ≠ wanted` lines. */
export function contextMismatches(context: Record<string, unknown>, wanted: Record<string, unknown>): string[] {
  return Object.entries(wanted)
    .filter(([key, value]) => !isDeepStrictEqual(context[key] ?? null, value))
    .map(([key, value]) => `${key}: ${JSON.stringify(context[key] ?? null)} ≠ ${JSON.stringify(value)}`)
}
