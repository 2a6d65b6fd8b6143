/**
 * Whether the first element matching `selector` can take a click now, as Playwright's and
 * Puppeteer's locators judge it before they click: rendered with a size, in the same place over two
 * animation frames (not still being positioned or animated), and the element a click at its centre
 * would hit (nothing on top of it). WebDriver's Element Click has none of this: it takes the
 * element's centre, then dispatches the pointer events a moment later, so an element that moves
 * in between (the "+" menu, which Floating UI first shows where it was placed while hidden and
 * moves on the next frame) is missed, and the click lands on whatever was behind it.
 *
 * Runs in the page (sent as source text: it uses nothing but its argument). Scrolls the element
 * into view first, the way Element Click does, so the centre is measured where the click will go.
 */
export function clickableNow(selector: string): Promise<boolean> | boolean {
  const element = document.querySelector(selector)
  if (!element) return false
  const box = () => {
    const rect = element.getBoundingClientRect()
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height }
  }
  const first = box()
  if (first.width === 0 || first.height === 0 || getComputedStyle(element).visibility === 'hidden') return false
  const inView = first.y >= 0 && first.x >= 0 && first.y + first.height <= innerHeight && first.x + first.width <= innerWidth
  if (!inView) element.scrollIntoView({ block: 'end', inline: 'nearest' })
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
  return nextFrame()
    .then(() => {
      const before = box()
      return nextFrame().then(() => ({ before, after: box() }))
    })
    .then(({ before, after }) => {
      const still = before.x === after.x && before.y === after.y && before.width === after.width && before.height === after.height
      if (!still) return false
      // The centre of the part in view, where Element Click aims.
      const left = Math.max(after.x, 0)
      const top = Math.max(after.y, 0)
      const right = Math.min(after.x + after.width, innerWidth)
      const bottom = Math.min(after.y + after.height, innerHeight)
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2)
      return hit !== null && (hit === element || element.contains(hit))
    })
}
