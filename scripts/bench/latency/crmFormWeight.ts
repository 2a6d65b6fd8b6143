/**
 * The weight of a real CRM create-ticket page, generated: a module of many small functions and
 * component-like records that runs an initialisation at start-up (so the browser parses, compiles
 * and executes it, as it would a framework, a UI kit and the form's logic), and a stylesheet of
 * many rules. Seeded: the same sizes on every run.
 */

export interface CrmFormWeightOptions {
  /** Size of the script, before compression (bytes, approximately: whole functions are added). */
  scriptBytes: number
  /** Size of the stylesheet, before compression (bytes, approximately). */
  styleBytes: number
  /** One in how many functions the start-up runs; the others are only parsed, as a framework's unused parts. */
  runEveryNth: number
  seed?: number
}

export interface CrmFormWeight {
  script: string
  style: string
  functions: number
}

/**
 * Random characters per function: tuned so the script compresses like minified production code
 * (gzip shrinks it about 3.3×), not like repetitive generated text (7×).
 */
const ENTROPY_CHARS = 64

/** mulberry32: a small seeded generator, so the weight is the same file on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = [
  'ticket', 'contact', 'pipeline', 'priority', 'status', 'assignee', 'channel', 'subject', 'category', 'due',
  'field', 'option', 'select', 'input', 'button', 'label', 'error', 'hint', 'toast', 'modal', 'popover', 'tooltip',
  'table', 'row', 'cell', 'icon', 'avatar', 'badge', 'chip', 'tab', 'panel', 'drawer', 'menu', 'item', 'list',
  'validate', 'format', 'parse', 'submit', 'reset', 'focus', 'blur', 'change', 'render', 'mount', 'update', 'store',
  'locale', 'date', 'time', 'zone', 'currency', 'phone', 'email', 'address', 'company', 'deal', 'lead', 'note',
]

/** The script and stylesheet of {@link CrmFormWeightOptions}. */
export function generateCrmFormWeight({ scriptBytes, styleBytes, runEveryNth, seed = 13 }: CrmFormWeightOptions): CrmFormWeight {
  const random = seeded(seed)
  const int = (max: number) => Math.floor(random() * max)
  const word = () => WORDS[int(WORDS.length)]!
  const name = () => `${word()}${word()[0]!.toUpperCase()}${word().slice(1)}`
  // Translation keys, hashes, ids: the part of real bundles that does not compress away.
  const token = (length: number) => Array.from({ length }, () => int(36).toString(36)).join('')

  const parts: string[] = []
  let size = 0
  let functions = 0
  while (size < scriptBytes) {
    const id = functions
    const items = Array.from({ length: 3 + int(4) }, () => int(100_000))
    const text =
      `function f${id}(a,b,c){var v=a*${int(9973)}+(b|0)-${int(65_536)},` +
      `o={id:"${name()}-${id}",label:"${word()} ${word()}",kind:${int(64)},items:[${items.join(',')}],` +
      `rules:{required:${random() < 0.5},max:${int(4000)},pattern:"${word()}_${int(1000)}"},key:"${token(ENTROPY_CHARS)}"};` +
      `if(v>${int(50_000)}){o.state="${word()}";v=v%${1 + int(997)}}else{o.state="${word()}";v=(v+${int(10_000)})^${int(1 << 20)}}` +
      `for(var j=0;j<(c&7);j++)v=(v*31+o.items[j%o.items.length])|0;` +
      `return o.rules.required?v^o.kind:v+o.label.length}\n`
    parts.push(text)
    size += text.length
    functions += 1
  }
  const init =
    `var registry=[${Array.from({ length: functions }, (_, i) => `f${i}`).join(',')}];\n` +
    `(function start(){var t0=performance.now(),sum=0,ran=0;` +
    `for(var i=0;i<registry.length;i+=${runEveryNth}){sum=(sum+registry[i](i,sum,i&15))|0;ran++}` +
    `globalThis.__crmFormWeight={functions:registry.length,ran:ran,checksum:sum,startupMs:performance.now()-t0}})();\n`

  const rules: string[] = []
  let styleSize = 0
  while (styleSize < styleBytes) {
    const rule =
      `.crm-${word()}-${word()}-${rules.length}{display:${random() < 0.5 ? 'flex' : 'grid'};gap:${int(24)}px;` +
      `padding:${int(16)}px ${int(24)}px;color:#${int(0xffffff).toString(16).padStart(6, '0')};` +
      `border:1px solid #${int(0xffffff).toString(16).padStart(6, '0')};border-radius:${int(12)}px;font-size:${12 + int(8)}px}\n`
    rules.push(rule)
    styleSize += rule.length
  }
  return { script: `${parts.join('')}${init}`, style: rules.join(''), functions }
}
