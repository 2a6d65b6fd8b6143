/** Small DOM helpers for the explorer page: elements are built, never parsed from strings. */

type Attributes = Record<string, string | boolean | undefined>

/** `el('button', { type: 'button' }, 'Next')`; `false`/`undefined` attributes are left out. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue
    element.setAttribute(name, value === true ? '' : value)
  }
  element.append(...children)
  return element
}

/** The element with `id`; the page is generated, so a missing one is a generator bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`the explorer page has no #${id}`)
  return element as T
}

/** `<code>` with text. */
export const code = (text: string) => el('code', {}, text)
