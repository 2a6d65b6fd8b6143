/** A run whose pages threw is not to be trusted: fail loudly with what they said. */
export function assertNoPageErrors(errors: readonly string[], what: string) {
  if (errors.length > 0) throw new Error(`${what}: the bench pages reported errors:\n${errors.join('\n')}`)
}
