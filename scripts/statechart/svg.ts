import { METRICS, type LaidOutBox, type StatechartLayout, type TextLine } from './layout'
import { MONO_FONT, SANS_FONT } from './textMetrics'

/**
 * Draws a laid-out statechart as SVG text: rounded boxes for states, a filled dot and an arrow for
 * each initial state, labels on white so edges never run through their text. Pure string work,
 * so it runs in Node without a browser.
 */

const COLORS = {
  stateFill: '#f8fafc',
  stateStroke: '#334155',
  compoundFill: '#eef2f7',
  compoundStroke: '#64748b',
  edge: '#475569',
  name: '#0f172a',
  detail: '#475569',
  event: '#0f172a',
  guard: '#9a3412',
  action: '#1e40af',
  labelStroke: '#cbd5e1',
} as const

/** Escapes text for an XML text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

const round = (value: number) => Math.round(value * 10) / 10

function text(x: number, y: number, line: TextLine, anchor: 'start' | 'middle'): string {
  const style: Record<TextLine['role'], string> = {
    name: `font-family="${SANS_FONT}" font-size="${METRICS.nameSize}" font-weight="700" fill="${COLORS.name}"`,
    detail: `font-family="${MONO_FONT}" font-size="${METRICS.detailSize}" fill="${COLORS.detail}"`,
    event: `font-family="${MONO_FONT}" font-size="${METRICS.labelSize}" font-weight="700" fill="${COLORS.event}"`,
    guard: `font-family="${MONO_FONT}" font-size="${METRICS.labelSize}" fill="${COLORS.guard}"`,
    action: `font-family="${MONO_FONT}" font-size="${METRICS.labelSize}" fill="${COLORS.action}"`,
  }
  // Leading spaces of a wrapped line are its indent: keep them.
  return `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" xml:space="preserve" ${style[line.role]}>${escapeXml(line.text)}</text>`
}

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /**
   * States and labels become keyboard targets (`tabindex`, `role="button"`, a name) for the
   * explorer page; the static document stays a plain image.
   * @default false
   */
  interactive?: boolean
}

/** The attributes that make a box a keyboard target on the explorer page; its text is its name. */
const target = (interactive: boolean) => (interactive ? ' tabindex="0" role="button"' : '')

/** The edge index of a laid-out id: `edge:3:in` and `label:3` → `3`. */
const edgeIndexOf = (id: string) => /^(?:edge|label):(\d+)/.exec(id)?.[1]

function drawState(box: LaidOutBox, interactive = false): string {
  const [name, ...details] = box.lines
  const centre = box.x + box.width / 2
  const nameBaseline = box.y + METRICS.boxPadY + 13
  const parts = [
    `<g class="state" data-state-id="${escapeXml(box.stateId!)}"${target(interactive)}>`,
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="10" ry="10" fill="${COLORS.stateFill}" stroke="${COLORS.stateStroke}" stroke-width="1.5"/>`,
    text(centre, nameBaseline, name!, 'middle'),
  ]
  if (details.length > 0) {
    const dividerY = nameBaseline + 7
    parts.push(`<line x1="${round(box.x)}" y1="${round(dividerY)}" x2="${round(box.x + box.width)}" y2="${round(dividerY)}" stroke="${COLORS.labelStroke}"/>`)
    details.forEach((line, index) => parts.push(text(box.x + METRICS.boxPadX, dividerY + 14 + index * (METRICS.lineHeight - 1), line, 'start')))
  }
  parts.push('</g>')
  return parts.join('')
}

function drawCompound(box: LaidOutBox, interactive = false): string {
  return [
    `<g class="state compound" data-state-id="${escapeXml(box.stateId!)}"${target(interactive)}>`,
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="14" ry="14" fill="${COLORS.compoundFill}" stroke="${COLORS.compoundStroke}" stroke-width="1.5"/>`,
    text(box.x + 14, box.y + 20, box.lines[0]!, 'start'),
    '</g>',
  ].join('')
}

function drawLabel(box: LaidOutBox, interactive = false): string {
  const parts = [
    `<g class="label" data-edge="${edgeIndexOf(box.id)}"${target(interactive)}>`,
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="4" ry="4" fill="#ffffff" stroke="${COLORS.labelStroke}"/>`,
  ]
  box.lines.forEach((line, index) =>
    parts.push(text(box.x + METRICS.labelPadX, box.y + METRICS.labelPadY + 11 + index * METRICS.lineHeight, line, 'start')),
  )
  parts.push('</g>')
  return parts.join('')
}

function drawInitial(box: LaidOutBox): string {
  const r = box.width / 2
  return `<circle class="initial" cx="${round(box.x + r)}" cy="${round(box.y + r)}" r="${round(r)}" fill="${COLORS.name}"/>`
}

/** The SVG document of `layout`; `title` names it for screen readers. */
export function renderSvg(layout: StatechartLayout, title: string, options: RenderSvgOptions = {}): string {
  const interactive = options.interactive ?? false
  const byKind = (kind: LaidOutBox['kind']) => layout.boxes.filter((box) => box.kind === kind)
  const edges = layout.edges.map((edge) => {
    const points = edge.points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ')
    const marker = edge.arrow ? ' marker-end="url(#arrow)"' : ''
    const index = edgeIndexOf(edge.id)
    const tag = index === undefined ? '' : ` class="edge" data-edge="${index}"`
    return `<polyline${tag} points="${points}" fill="none" stroke="${COLORS.edge}" stroke-width="1.3" stroke-linejoin="round"${marker}/>`
  })
  // The explorer's chart holds keyboard targets, so it is a group, not an image.
  const role = interactive ? 'group' : 'img'
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="${role}" aria-labelledby="statechart-title">`,
    `<title id="statechart-title">${escapeXml(title)}</title>`,
    '<defs>',
    `<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLORS.edge}"/></marker>`,
    '</defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    // Containers first, then edges, then boxes and labels on top, so nothing hides a label.
    ...byKind('compound').map((box) => drawCompound(box, interactive)),
    ...edges,
    ...byKind('state').map((box) => drawState(box, interactive)),
    ...byKind('initial').map(drawInitial),
    ...byKind('label').map((box) => drawLabel(box, interactive)),
    '</svg>',
    '',
  ].join('\n')
}
