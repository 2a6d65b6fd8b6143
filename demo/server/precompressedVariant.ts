import { statSync } from 'node:fs'

/** The encodings a precompressed file may sit beside its original in, best first, with their file suffix. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

export interface FileVariant {
  path: string
  /** `Content-Encoding` to send, or `null` for the file as it is. */
  encoding: 'br' | 'gzip' | null
}

const exists = (path: string) => {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Whether an `Accept-Encoding` header accepts `name` (a `q=0` refuses it). */
export function acceptsEncoding(header: string | undefined, name: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [token, ...params] = part.trim().split(';')
    if (token?.trim().toLowerCase() !== name) return false
    return !params.some((param) => /^\s*q\s*=\s*0(\.0+)?\s*$/.test(param))
  })
}

/**
 * The file to send for `file`: its `.br` or `.gz` sibling when one was written next to it (as a CDN
 * or `gzip_static` serves precompressed assets) and the browser accepts that encoding, else the file.
 * Nothing writes these siblings for `npm start`; a bench that wants compressed pages does.
 */
export function precompressedVariant(file: string, acceptEncoding: string | undefined): FileVariant {
  for (const { name, suffix } of ENCODINGS) {
    if (acceptsEncoding(acceptEncoding, name) && exists(file + suffix)) return { path: file + suffix, encoding: name }
  }
  return { path: file, encoding: null }
}
