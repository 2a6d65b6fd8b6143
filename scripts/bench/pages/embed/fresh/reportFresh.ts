import { requiredParam } from '../../shared/pageParams'

/** When this document's first script ran: set by the inline script at the top of each fresh page. */
export function scriptStart(): number {
  const start = (window as Window & { benchStart?: number }).benchStart
  if (start === undefined) throw new Error('bench page: the inline start script did not run')
  return start
}

/** Sends one fresh-frame handshake's time to the host, outside the measured span. */
export function reportFresh(host: string, measured: Promise<number>) {
  const id = Number(requiredParam('id'))
  void measured.then((ms) => parent.postMessage({ bench: 'result', id, ms }, host))
}
