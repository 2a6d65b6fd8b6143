/**
 * Configuration problems are told once per page, not on every render or every section: a console
 * flooded with the same line hides the one that says what to fix.
 */
const reported = new Set<string>()

/** Logs `message` with `console[level]` the first time it is seen in this page. */
export function reportOnce(level: 'error' | 'warn' | 'info', message: string): void {
  if (reported.has(message)) return
  reported.add(message)
  console[level](message)
}

/** Forgets what was reported, so a test can see a message again. */
export function forgetReported(): void {
  reported.clear()
}

// The bundler replaces `process.env.NODE_ENV` in the host's build, as it does for Vue itself; in a
// page where nothing replaced it and `process` does not exist, this is a production page.
declare const process: { env: Record<string, string | undefined> }

/** True in a development build of the host app (and in tests). */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return false
  }
}
