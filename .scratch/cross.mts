import { DEFAULT_DELAYS_MS } from '../machines/constants'
import { ticketEmbedMachine } from '../machines/ticketEmbedMachine'
import { layoutStatechart } from '../scripts/statechart/layout'
import { readStatechart } from '../scripts/statechart/statechart'
import { countCrossings } from '../scripts/statechart/crossings'
const chart = readStatechart(ticketEmbedMachine, { delaysMs: DEFAULT_DELAYS_MS })
const layout = await layoutStatechart(chart)
console.log('crossings', countCrossings(layout), 'size', layout.width, layout.height)
