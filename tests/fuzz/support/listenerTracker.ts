/**
 * Wraps `addEventListener` / `removeEventListener` of `target` to know which listeners are attached
 * right now, per event type (the DOM keeps one registration per type and listener, so a `Set`).
 */
export interface ListenerTracker {
  count: (type: string) => number
  restore: () => void
}

type Listener = EventListenerOrEventListenerObject | null

export function trackListeners(target: EventTarget): ListenerTracker {
  const attached = new Map<string, Set<Listener>>()
  const own = target as EventTarget & Record<'addEventListener' | 'removeEventListener', unknown>
  const hadOwn = { add: Object.hasOwn(own, 'addEventListener'), remove: Object.hasOwn(own, 'removeEventListener') }
  const add = target.addEventListener
  const remove = target.removeEventListener
  const set = (type: string) => attached.get(type) ?? attached.set(type, new Set()).get(type)!
  target.addEventListener = function (type: string, listener: Listener, options?: boolean | AddEventListenerOptions) {
    if (listener) set(type).add(listener)
    return add.call(this, type, listener, options)
  }
  target.removeEventListener = function (type: string, listener: Listener, options?: boolean | EventListenerOptions) {
    set(type).delete(listener)
    return remove.call(this, type, listener, options)
  }
  return {
    count: (type) => attached.get(type)?.size ?? 0,
    restore: () => {
      if (hadOwn.add) own.addEventListener = add
      else delete (own as Partial<typeof own>).addEventListener
      if (hadOwn.remove) own.removeEventListener = remove
      else delete (own as Partial<typeof own>).removeEventListener
    },
  }
}
