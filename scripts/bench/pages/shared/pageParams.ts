/** A query parameter the bench runner always passes; its absence is a bug of the runner. */
export function requiredParam(name: string): string {
  const value = new URL(location.href).searchParams.get(name)
  if (!value) throw new Error(`bench page: missing ?${name}=`)
  return value
}

/** Milliseconds since this document's time origin, at the page's finest step. */
export const now = () => performance.now()
