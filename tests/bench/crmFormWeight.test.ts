import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'
import { generateCrmFormWeight } from '../../scripts/bench/latency/crmFormWeight'

describe('generateCrmFormWeight', () => {
  const options = { scriptBytes: 200_000, styleBytes: 40_000, runEveryNth: 2 }

  it('is the same file for the same seed, another for another seed', () => {
    expect(generateCrmFormWeight(options)).toEqual(generateCrmFormWeight(options))
    expect(generateCrmFormWeight({ ...options, seed: 7 }).script).not.toBe(generateCrmFormWeight(options).script)
  })

  it('reaches the sizes asked for, within one function or rule', () => {
    const weight = generateCrmFormWeight(options)
    expect(weight.script.length).toBeGreaterThanOrEqual(options.scriptBytes)
    expect(weight.script.length).toBeLessThan(options.scriptBytes * 1.02)
    expect(weight.style.length).toBeGreaterThanOrEqual(options.styleBytes)
    expect(weight.style.length).toBeLessThan(options.styleBytes * 1.02)
  })

  it('compresses like minified production code, not like repeated text', () => {
    const { script } = generateCrmFormWeight(options)
    const ratio = script.length / gzipSync(script, { level: 9 }).length
    expect(ratio).toBeGreaterThan(2.5)
    expect(ratio).toBeLessThan(4.5)
  })

  it('runs its start-up: every nth function is called and the result recorded', () => {
    const weight = generateCrmFormWeight(options)
    const context: { performance: Performance; __crmFormWeight?: { functions: number; ran: number; checksum: number } } = { performance }
    runInNewContext(weight.script, context)
    expect(context.__crmFormWeight).toMatchObject({ functions: weight.functions, ran: Math.ceil(weight.functions / 2) })
    expect(Number.isInteger(context.__crmFormWeight!.checksum)).toBe(true)
  })
})
