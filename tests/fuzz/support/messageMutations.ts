/**
 * Mutations of valid messages: one field deleted, replaced, added or retyped, the version or an id
 * bent, an accessor or a prototype-pollution key, then the object dressed up (cloned, proxied,
 * another realm, wrapped). What the parsers must survive, and refuse unless it is still valid.
 */
import vm from 'node:vm'
import fc from 'fast-check'
import { define, EMBED_TYPES, FIELD_NAMES, FORBIDDEN_KEYS, HOST_TYPES, hostileValue, type ValidCase } from './messageArbitraries'
import { ID_LIMIT } from './messageOracle'

/** One change to a valid message. `key` may name a field the message does not have. */
export type Mutation =
  | { kind: 'delete'; key: string }
  | { kind: 'replace'; key: string; value: unknown }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'type'; value: unknown }
  | { kind: 'version'; value: unknown }
  | { kind: 'deleteVersion' }
  | { kind: 'idChars'; key: string; at: number; chars: string }
  | { kind: 'idShape'; key: string; value: unknown }
  | { kind: 'accessor'; key: string }
  | { kind: 'forbiddenKey'; key: (typeof FORBIDDEN_KEYS)[number]; value: unknown }

const ID_KEYS = ['ticketId', 'pipelineId', 'qontakCustomerId', 'errorCode'] as const
/** Characters that must never reach a URL path segment, and some that may. */
const ID_INSERTS = ['/', '.', '..', '\\', ' ', '%', '%2e', '%2F', '<', '>', '?', '#', '\u0000', '\n', '\u200b', '\u00e9', ':', '-', '_']
const BAD_ID_SHAPES = [
  '', '../x', '..', '.', './a', 'a/..', '1/2', 'a\\b', ' 1', '1 ', '.a', '-a', '_a', ':a', 'a..b', 'a'.repeat(ID_LIMIT + 1),
  '\uFF41', '\u0661', 'a\u0000', -1, -0, 1.5, 2 ** 53, NaN, Infinity, 1n, true, null, [], ['1'], {}, new String('a'),
]
const OTHER_VERSIONS = [2, 0, -1, 1.5, '1', '1.0', 1n, true, null, undefined, NaN, [1], { valueOf: () => 1 }, new Number(1)]
const OTHER_TYPES = [
  ...EMBED_TYPES, ...HOST_TYPES, 'ticket_created', 'TICKET_CREATED ', ' EMBED_READY', '', 'embed.ready', '__proto__',
  'constructor', 'toString', 'hasOwnProperty', 'valueOf', null, 1, ['EMBED_READY'], new String('EMBED_READY'),
]
const anyKey = fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string())

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete'), key: fc.constantFrom(...FIELD_NAMES) }),
  fc.record({ kind: fc.constant('replace'), key: fc.constantFrom(...FIELD_NAMES), value: hostileValue }),
  fc.record({ kind: fc.constant('extra'), key: anyKey, value: hostileValue }),
  fc.record({ kind: fc.constant('type'), value: fc.oneof(fc.constantFrom(...OTHER_TYPES), hostileValue) }),
  fc.record({ kind: fc.constant('version'), value: fc.oneof(fc.constantFrom(...OTHER_VERSIONS), hostileValue) }),
  fc.constant({ kind: 'deleteVersion' as const }),
  fc.record({
    kind: fc.constant('idChars'),
    key: fc.constantFrom(...ID_KEYS),
    at: fc.nat(80),
    chars: fc.string({ unit: fc.constantFrom(...ID_INSERTS), minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('idShape'), key: fc.constantFrom(...ID_KEYS), value: fc.constantFrom(...BAD_ID_SHAPES) }),
  fc.record({ kind: fc.constant('accessor'), key: fc.constantFrom(...FIELD_NAMES) }),
  fc.record({ kind: fc.constant('forbiddenKey'), key: fc.constantFrom(...FORBIDDEN_KEYS), value: hostileValue }),
) as fc.Arbitrary<Mutation>

/** Applies `change` to `target` in place. */
function applyMutation(target: Record<string, unknown>, change: Mutation): void {
  switch (change.kind) {
    case 'delete':
      delete target[change.key]
      return
    case 'replace':
    case 'extra':
    case 'idShape':
    case 'forbiddenKey':
      if (change.kind === 'idShape' && !Object.hasOwn(target, change.key)) return
      return define(target, change.key, change.value)
    case 'type':
      return define(target, 'type', change.value)
    case 'version':
      return define(target, 'version', change.value)
    case 'deleteVersion':
      delete target.version
      return
    case 'idChars': {
      const current = target[change.key]
      if (typeof current !== 'string' && typeof current !== 'number') return
      const text = String(current)
      const at = change.at % (text.length + 1)
      return define(target, change.key, text.slice(0, at) + change.chars + text.slice(at))
    }
    case 'accessor': {
      if (!Object.hasOwn(target, change.key)) return
      const value = target[change.key]
      Object.defineProperty(target, change.key, { get: () => value, enumerable: true, configurable: true })
      return
    }
  }
}

/** How the mutated object reaches the parser: as is, cloned, or dressed up. */
export const WRAPPERS = [
  'none', 'structuredClone', 'inheritFrom', 'nullPrototype', 'otherRealm', 'frozen', 'proxy', 'lyingProxy',
  'throwingProxy', 'array', 'json', 'map',
] as const
export type Wrapper = (typeof WRAPPERS)[number]

/** A plain object of another realm, as a message structured-cloned in another window would be. */
const copyInOtherRealm = vm.runInNewContext('(source) => { const copy = {}; for (const key of Object.keys(source)) Object.defineProperty(copy, key, { value: source[key], enumerable: true, writable: true, configurable: true }); return copy }') as (
  source: object,
) => object

function wrap(data: Record<string, unknown>, how: Wrapper): unknown {
  switch (how) {
    case 'none':
      return data
    case 'structuredClone':
      try {
        return structuredClone(data)
      } catch {
        return data
      }
    case 'inheritFrom':
      return Object.create(data)
    case 'nullPrototype': {
      const bare = Object.create(null) as Record<string, unknown>
      for (const key of Object.keys(data)) define(bare, key, data[key])
      return bare
    }
    case 'otherRealm':
      return copyInOtherRealm(data)
    case 'frozen':
      return Object.freeze(data)
    case 'proxy':
      return new Proxy(data, {})
    case 'lyingProxy':
      return new Proxy(data, { getPrototypeOf: () => null })
    case 'throwingProxy':
      return new Proxy(data, {
        getOwnPropertyDescriptor: () => {
          throw new Error('trap')
        },
      })
    case 'array':
      return [data]
    case 'json':
      try {
        return JSON.stringify(data)
      } catch {
        return '{'
      }
    case 'map':
      return new Map(Object.entries(data))
  }
}

/** A valid message with 0–4 mutations, wrapped one way or another. */
export const mutated = <M>(valid: fc.Arbitrary<ValidCase<M>>) =>
  fc
    .record({
      valid,
      changes: fc.array(mutation, { maxLength: 4 }),
      wrapper: fc.oneof({ weight: 6, arbitrary: fc.constant<Wrapper>('none') }, { weight: 4, arbitrary: fc.constantFrom(...WRAPPERS) }),
    })
    .map(({ valid: { wire }, changes, wrapper }) => {
      const target: Record<string, unknown> = {}
      for (const key of Object.keys(wire)) define(target, key, wire[key])
      for (const change of changes) applyMutation(target, change)
      return { data: wrap(target, wrapper), changes, wrapper }
    })
