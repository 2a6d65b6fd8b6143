/**
 * Calls a host-supplied callback and keeps its failure out of the statechart: an exception thrown by
 * a toast or analytics function must not stop the actor (a stopped actor loses the ticket), nor
 * reach the host page. The console says which callback failed.
 */
export function safeCall<A extends unknown[], R>(name: string, fn: ((...args: A) => R) | undefined, ...args: A): R | undefined {
  if (!fn) return undefined
  try {
    return fn(...args)
  } catch (error) {
    console.error(`[ticket-embed] the "${name}" option threw; ignoring it.`, error)
    return undefined
  }
}
