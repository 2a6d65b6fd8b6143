/** The version every message of this contract carries. Bump it when a field changes name or meaning. */
export const PROTOCOL_VERSION = 1 as const

export type ProtocolVersion = typeof PROTOCOL_VERSION
