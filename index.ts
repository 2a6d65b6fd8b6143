/**
 * ticket-embed — host a CRM's create-ticket form in a sandboxed cross-origin iframe.
 * The embed side lives in `ticket-embed/child`.
 */
export * from './protocol/index'
export * from './machines/index'
export * from './composables/index'
export * from './api/index'
export * from './stores/index'
export * from './components/index'
