/** How the statechart is shown: all of it at once, or zoomed in and following the current state. */
export type StatechartZoom = 'follow' | 'fit'

/** Scale of the "follow" view: the labels read at about 8 px, the way a person reads a diagram. */
const FOLLOW_SCALE = 0.55

/**
 * Sizes Mermaid's SVG for the chosen view. The generated chart is wide (every edge carries its
 * guard and actions), so "fit" makes it small and "follow" keeps it legible and scrolls instead.
 */
export function sizeDiagram(svg: SVGSVGElement, zoom: StatechartZoom): void {
  const naturalWidth = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width
  svg.style.maxWidth = 'none'
  svg.style.width = zoom === 'fit' ? '100%' : `${Math.round(naturalWidth * FOLLOW_SCALE)}px`
  svg.removeAttribute('height')
}

/** Scrolls `container` so that the highlighted state (the generator's `active` class) is centred. */
export function centerActiveState(container: HTMLElement): void {
  const node = container.querySelector('.active')
  if (!node) return
  const box = node.getBoundingClientRect()
  const frame = container.getBoundingClientRect()
  container.scrollTo({
    left: container.scrollLeft + box.left - frame.left - (frame.width - box.width) / 2,
    top: container.scrollTop + box.top - frame.top - (frame.height - box.height) / 2,
    behavior: 'smooth',
  })
}
