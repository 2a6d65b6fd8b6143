import { createEmbedChild } from 'ticket-embed/child'

// What a CRM's form page does with ticket-embed/child, and nothing else: the size of this page is
// what the SDK costs the CRM.
const child = createEmbedChild({ allowedParentOrigins: [window.location.origin], autoResize: true })
void child.ready.then((init) => {
  document.body.dataset.customer = init.qontakCustomerId
})
