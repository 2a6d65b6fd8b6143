import type { ModelStep } from '../../model/model'

/**
 * Where the demo, by design of the package's CRM client, does not take the branch a model step
 * names, and what it does instead. Each entry is checked as written (never skipped) and shown on
 * the explorer beside the step, so a reviewer sees the difference rather than a silent pass.
 */
export interface DemoDivergence {
  /** What differs and why, in plain words. */
  note: string
  /** The context the demo leaves instead of the model's. */
  context: Record<string, unknown>
}

const DIVERGENCES: Readonly<Record<string, DemoDivergence>> = {
  'associate:error:409': {
    note:
      "the CRM client resolves a 409 as success ({ alreadyLinked: true }), so the panel takes the 'done' branch: " +
      "linkStatus 'linked', not the machine's 'already-linked' (reachable only with a host associate() that rejects on 409)",
    context: { linkStatus: 'linked' },
  },
}

/** The divergence of `step` on the demo, if it has one. */
export function divergenceOf(step: ModelStep): DemoDivergence | null {
  return (step.sampleId && DIVERGENCES[step.sampleId]) || null
}
