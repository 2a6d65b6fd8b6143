/** `14:03:27.081`: a message's time of arrival in the log, to the millisecond. */
export function formatLogTime(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour12: false }) + `.${String(at % 1000).padStart(3, '0')}`
}
