/**
 * A frame that lies: loaded by the dev drawer from a third origin, or from the embed's own origin
 * but not as the panel's iframe, it posts forged messages at its parent with target `'*'` (as an
 * attacker would). The host must log every one as rejected and change nothing.
 */
import { FORGED_MESSAGES } from './forgedMessages'

for (const { data } of FORGED_MESSAGES) window.parent.postMessage(data, '*')

const report = document.getElementById('report')
if (report) {
  report.textContent = `${location.origin} posted ${FORGED_MESSAGES.length} forged messages.`
  report.title = FORGED_MESSAGES.map((m) => m.label).join(', ')
  report.dataset.count = String(FORGED_MESSAGES.length)
}
