import { createEmbedChild } from '../../../../child/createEmbedChild'
import { benchMessage } from '../shared/benchMessages'
import { requiredParam } from '../shared/pageParams'
import { postFlood } from '../shared/postFlood'
import { measurePhases, type HandshakePhases } from './measurePhases'
import { runHandshake } from './runHandshake'

/**
 * The panel's frame. It announces itself once, as the CRM form does, so the panel reaches `ready`;
 * then it runs what the host asks: one handshake at a time, or a flood from inside the panel's own
 * frame (malformed and version-2 messages the host must read and refuse).
 */
const host = requiredParam('host')
const announce = createEmbedChild({ allowedParentOrigins: [host], onInit: () => announce.destroy() })

addEventListener('message', (event) => {
  if (event.origin !== host || event.source !== parent) return
  const run = benchMessage(event.data, 'run')
  if (run) {
    void runHandshake(run.case, host, run.channel).then((ms) => parent.postMessage({ bench: 'result', id: run.id, ms }, host))
  }
  const flood = benchMessage(event.data, 'flood')
  if (flood) postFlood(parent, host, flood.kinds, flood.count)
})

declare global {
  interface Window {
    /** For the runner, through the DevTools protocol: where a handshake's time goes. */
    benchPhases?: (reps: number) => Promise<Record<'raw' | 'ours', HandshakePhases>>
  }
}
window.benchPhases = (reps) => measurePhases(host, reps)
