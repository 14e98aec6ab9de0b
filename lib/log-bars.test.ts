import { describe, expect, it } from 'vitest'
import { barLayout } from './log-bars'
import { dotLayout } from './log-dots'
import { multiplesWithin } from './multiples'

const opts = { width: 600, height: 120, marginLeft: 100, marginRight: 100 }
const costs = [
  { key: 'r1', value: 294e3 },
  { key: 'v3', value: 5.576e6 },
  { key: 'hw', value: 500e6 },
]

describe('dotLayout, log axis: dots, never bars', () => {
  const log = { ...opts }

  it.each([
    { name: 'empty data', rows: [], domain: [1, 10], ticks: 2 },
    { name: 'a single value', rows: [{ key: 'a', value: 5e6 }], domain: [1e6, 1e7], ticks: 2 },
    { name: 'a value on a power of ten', rows: [{ key: 'a', value: 1e8 }], domain: [1e8, 1e9], ticks: 2 },
    { name: 'the cost rows', rows: costs, domain: [1e5, 1e9], ticks: 5 },
    { name: 'V3 to Gemini Ultra', rows: [{ key: 'v3', value: 5.576e6 }, { key: 'gem', value: 191e6 }], domain: [1e6, 1e9], ticks: 4 },
  ])('$name: the axis runs between powers of ten', ({ rows, domain, ticks }) => {
    const l = dotLayout(rows, log)
    expect(l.domain).toEqual(domain)
    expect(l.ticks).toHaveLength(ticks)
    expect(l.ticks[0]).toEqual({ value: domain[0], x: 100 })
    expect(l.ticks.at(-1)!.x).toBeCloseTo(500)
    expect([l.from, l.to]).toEqual([100, 500])
  })

  it('places each dot at its value, with no bar and no floor', () => {
    const l = dotLayout(costs, log)
    expect(l).not.toHaveProperty('bars')
    expect(l).not.toHaveProperty('baseX')
    for (const dot of l.dots)
      expect(dot.cx).toBeCloseTo(l.x(dot.value))
    expect(l.dots.map(d => d.key)).toEqual(['r1', 'v3', 'hw'])
  })

  it('gives equal gaps to equal ratios (one decade = one tick gap)', () => {
    const l = dotLayout([{ key: 'a', value: 1e6 }, { key: 'b', value: 1e7 }, { key: 'c', value: 1e8 }], log)
    expect(l.dots[1].cx - l.dots[0].cx).toBeCloseTo(l.dots[2].cx - l.dots[1].cx)
  })

  it.each([
    { name: 'zero', rows: [{ key: 'zero', value: 0 }], match: /"zero".*log axis/ },
    { name: 'NaN', rows: [{ key: 'nan', value: Number.NaN }], match: /"nan".*NaN/ },
    { name: 'negative', rows: [{ key: 'neg', value: -1 }], match: /"neg"/ },
  ])('rejects a value $name by name', ({ rows, match }) => {
    expect(() => dotLayout(rows, log)).toThrow(TypeError)
    expect(() => dotLayout(rows, log)).toThrow(match)
  })

  it('rejects an empty plot area', () => {
    expect(() => dotLayout(costs, { ...log, width: 150 })).toThrow(/plot area is empty/)
  })
})

describe('barLayout, linear axis', () => {
  const lin = { ...opts, scale: 'linear' as const }

  it.each([
    { name: 'empty data', rows: [], top: 1 },
    { name: 'a single value', rows: [{ key: 'a', value: 30.84 }], top: 35 },
    { name: 'the cost rows', rows: costs, top: 500e6 },
  ])('$name: starts at zero and ends on a nice number', ({ rows, top }) => {
    const l = barLayout(rows, lin)
    expect(l.domain).toEqual([0, top])
    expect(l.ticks[0]).toEqual({ value: 0, x: 100 })
  })

  it('keeps widths proportional to values (bars start at zero)', () => {
    const l = barLayout([{ key: 'a', value: 2.788 }, { key: 'b', value: 30.84 }], lin)
    expect(l.bars[1].width / l.bars[0].width).toBeCloseTo(30.84 / 2.788)
    expect(l.baseX).toBe(l.x(0))
  })

  it('honours a fixed top so layouts do not move between steps', () => {
    expect(barLayout([{ key: 'a', value: 400 }], { ...lin, top: 1000 }).domain).toEqual([0, 1000])
  })

  it('rejects an empty plot area', () => {
    expect(() => barLayout(costs, { ...lin, width: 150 })).toThrow(TypeError)
  })

  it('refuses a log axis: bars must start at zero', () => {
    expect(() => barLayout(costs, { ...lin, scale: 'log' as 'linear' })).toThrow(/dotLayout/)
  })
})

describe('multiplesWithin', () => {
  it.each([
    { unit: 2.788, total: 30.84, count: 11 },
    { unit: 1, total: 3, count: 3 },
    { unit: 5, total: 0, count: 0 },
    { unit: 10, total: 9.99, count: 0 },
  ])('$total holds $count whole copies of $unit', ({ unit, total, count }) => {
    const edges = multiplesWithin(unit, total)
    expect(edges).toHaveLength(count)
    edges.forEach((e, i) => expect(e).toBeCloseTo((i + 1) * unit))
  })

  it.each([
    { unit: 0, total: 1 },
    { unit: Number.NaN, total: 1 },
    { unit: 1, total: Number.NaN },
    { unit: 1, total: -1 },
  ])('rejects unit $unit, total $total', ({ unit, total }) => {
    expect(() => multiplesWithin(unit, total)).toThrow(TypeError)
  })
})
