import ELK from 'elkjs/lib/elk.bundled.js'
import { DEFAULT_DELAYS_MS } from '../machines/constants'
import { ticketEmbedMachine } from '../machines/ticketEmbedMachine'
import { toElkGraph } from '../scripts/statechart/layout'
import { readStatechart } from '../scripts/statechart/statechart'
import { countCrossings } from '../scripts/statechart/crossings'
const chart = readStatechart(ticketEmbedMachine, { delaysMs: DEFAULT_DELAYS_MS })
const variants: Record<string, Record<string, string>> = {
  greedyPrefUp: { 'elk.direction': 'UP', 'elk.layered.cycleBreaking.strategy': 'GREEDY', 'elk.layered.considerModelOrder.strategy': 'PREFER_EDGES', 'elk.layered.thoroughness': '100' },
  greedyNEUp: { 'elk.direction': 'UP', 'elk.layered.cycleBreaking.strategy': 'GREEDY', 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.thoroughness': '100' },
}
for (const [name, extra] of Object.entries(variants)) {
  const { graph } = toElkGraph(chart)
  graph.layoutOptions = { ...graph.layoutOptions, ...extra }
  const laid = await new ELK().layout(graph)
  const edges: { id: string; points: { x: number; y: number }[]; arrow: boolean }[] = []
  const walk = (node: any) => { for (const c of node.children ?? []) walk(c); for (const e of node.edges ?? []) for (const s of e.sections ?? []) edges.push({ id: e.id, points: [s.startPoint, ...(s.bendPoints ?? []), s.endPoint], arrow: true }) }
  walk(laid)
  console.log(name.padEnd(18), 'crossings', countCrossings({ width: 0, height: 0, boxes: [], edges }), 'size', Math.round(laid.width!), Math.round(laid.height!))
}
