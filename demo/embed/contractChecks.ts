/**
 * Messages the host must refuse although they come from this frame (right origin, right window):
 * they reach the host's parser and show up in its message log with the parser's reason.
 */
const CHECKS: Readonly<Record<string, unknown>> = {
  'bad-id': { type: 'TICKET_CREATED', version: 1, ticketId: '../x' },
  'version-2': { type: 'TICKET_CREATED', version: 2, ticketId: 'tk-9999' },
  'not-object': 'TICKET_CREATED',
}

/**
 * Wires the "Contract checks" buttons. Posted with `window.parent.postMessage` directly: the SDK
 * would refuse to send them. Only to `hostOrigin`, never `'*'`.
 */
export function wireContractChecks(root: ParentNode, hostOrigin: string): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-check]')) {
    button.addEventListener('click', () => {
      const check = button.dataset.check ?? ''
      if (Object.prototype.hasOwnProperty.call(CHECKS, check)) window.parent.postMessage(CHECKS[check], hostOrigin)
    })
  }
}
