/**
 * ticket-embed — host a CRM's create-ticket form in a sandboxed cross-origin iframe. This entry is
 * headless: the wire contract, the statechart, the composables, the stores, the CRM client and the
 * strings; it imports neither @mekari/pixel3 nor any `.vue` file. The pixel3 Tickets section is
 * `ticket-embed/pixel3`; the embed side is `ticket-embed/child`.
 */
export * from './protocol/index'
export * from './machines/index'
export * from './composables/index'
export * from './api/index'
export * from './stores/index'
