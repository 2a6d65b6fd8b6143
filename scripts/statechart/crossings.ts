import type { StatechartLayout } from './layout'

/**
 * How tangled a laid-out statechart is: the number of places where two different transitions'
 * lines cross. Printed by `npm run statechart` and checked by a test, so a layout change that
 * makes the drawing harder to read shows up as a number.
 */

interface Point {
  x: number
  y: number
}

const orientation = (a: Point, b: Point, c: Point) => Math.sign((b.y - a.y) * (c.x - b.x) - (b.x - a.x) * (c.y - b.y))

/** True when segments `ab` and `cd` cross at a point inside both (touching ends do not count). */
function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const o1 = orientation(a, b, c)
  const o2 = orientation(a, b, d)
  const o3 = orientation(c, d, a)
  const o4 = orientation(c, d, b)
  return o1 * o2 < 0 && o3 * o4 < 0
}

/** The transition an ELK edge id belongs to: `edge:3:in` and `edge:3:out` are both transition 3. */
const transitionOf = (edgeId: string) => /^edge:(\d+):/.exec(edgeId)?.[1] ?? edgeId

/** Crossings between lines of different transitions in `layout`. */
export function countCrossings(layout: StatechartLayout): number {
  const segments = layout.edges.flatMap((edge) =>
    edge.points.slice(1).map((point, index) => ({ owner: transitionOf(edge.id), a: edge.points[index]!, b: point })),
  )
  let crossings = 0
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i]!
      const t = segments[j]!
      if (s.owner !== t.owner && segmentsCross(s.a, s.b, t.a, t.b)) crossings++
    }
  }
  return crossings
}
