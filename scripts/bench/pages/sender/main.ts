import { benchMessage } from '../shared/benchMessages'
import { requiredParam } from '../shared/pageParams'
import { postFlood } from '../shared/postFlood'

/**
 * A frame that is not the panel: served from a third origin it forges "wrong origin" messages,
 * served from the embed's origin "right origin, another frame" ones (and, while the panel is
 * closed, stands in for the panel's frame too).
 */
const host = requiredParam('host')

addEventListener('message', (event) => {
  if (event.origin !== host || event.source !== parent) return
  const flood = benchMessage(event.data, 'flood')
  if (flood) postFlood(parent, host, flood.kinds, flood.count)
})
parent.postMessage({ bench: 'loaded' }, host)
