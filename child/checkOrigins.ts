/**
 * Returns a copy of `origins` when every entry is an exact origin (`https://host[:port]`), else
 * throws. A wildcard would hand the customer's data to any page that frames the form, so a
 * misconfiguration fails loudly at start-up rather than silently at run time.
 */
export function checkOrigins(origins: unknown): string[] {
  let ok = false
  try {
    // `new URL('*')` throws; a path, a trailing slash or upper case changes `.origin`.
    ok = Array.isArray(origins) && origins.length > 0 && origins.every((origin) => new URL(origin).origin === origin)
  } catch {
    // Not a URL: `ok` stays false.
  }
  if (!ok) throw new TypeError('allowedParentOrigins: exact origins like "https://app.example.com", no "*"')
  return [...(origins as string[])]
}
