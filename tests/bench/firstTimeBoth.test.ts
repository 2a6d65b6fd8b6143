import { firstTimeBoth, valueAt } from '../../scripts/bench/latency/firstTimeBoth'

const shown = (value: boolean | undefined) => value === true
const usableFor = (id: string) => (value: string | null | undefined) => value === id

describe('valueAt', () => {
  it('reads a step function: the last value at or before the time, nothing before the first', () => {
    const steps = [
      { t: 10, value: 'a' },
      { t: 20, value: 'b' },
    ]
    expect(valueAt(steps, 5)).toBeUndefined()
    expect(valueAt(steps, 10)).toBe('a')
    expect(valueAt(steps, 19.9)).toBe('a')
    expect(valueAt(steps, 25)).toBe('b')
  })
})

describe('firstTimeBoth (open → usable)', () => {
  it('is the later of the frame shown and the form usable for the customer', () => {
    const host = [
      { t: 0, value: false },
      { t: 400, value: true },
    ]
    const embed = [
      { t: 100, value: null },
      { t: 650, value: 'cus-1' },
    ]
    expect(firstTimeBoth(300, host, shown, embed, usableFor('cus-1'))).toBe(650)
    expect(firstTimeBoth(300, host, shown, [{ t: 350, value: 'cus-1' }], usableFor('cus-1'))).toBe(400)
  })

  it('is the click itself when a kept form is already usable and already shown', () => {
    expect(firstTimeBoth(500, [{ t: 0, value: true }], shown, [{ t: 200, value: 'cus-1' }], usableFor('cus-1'))).toBe(500)
  })

  it('does not count the previous customer: a kept form showing cus-1 is not usable for cus-2', () => {
    const embed = [
      { t: 100, value: 'cus-1' },
      { t: 900, value: 'cus-2' },
    ]
    expect(firstTimeBoth(500, [{ t: 600, value: true }], shown, embed, usableFor('cus-2'))).toBe(900)
  })

  it('does not count a state that ended before the click', () => {
    const host = [
      { t: 0, value: true },
      { t: 200, value: false },
      { t: 800, value: true },
    ]
    expect(firstTimeBoth(300, host, shown, [{ t: 50, value: 'cus-1' }], usableFor('cus-1'))).toBe(800)
  })

  it('is null when both never hold together', () => {
    const host = [
      { t: 0, value: true },
      { t: 500, value: false },
    ]
    expect(firstTimeBoth(100, host, shown, [{ t: 600, value: 'cus-1' }], usableFor('cus-1'))).toBeNull()
  })
})
