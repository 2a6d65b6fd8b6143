/**
 * Adds `<link rel="preconnect" href="{origin}">` to the document once, so the browser opens the
 * connection (DNS, TCP, TLS) to the embed's origin before the form is requested. Without
 * `crossorigin`: the iframe's document request is not a CORS request, and only a connection of the
 * same mode is reused.
 */
export function preconnectTo(doc: Document, origin: string): void {
  const links = doc.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')
  for (const link of links) {
    if (link.href === `${origin}/` || link.href === origin) return
  }
  const link = doc.createElement('link')
  link.rel = 'preconnect'
  link.href = origin
  doc.head.append(link)
}
