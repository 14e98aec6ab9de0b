import { describe, expect, it } from 'vitest'
import { barLayout, multiplesWithin } from './log-bars'

const opts = { width: 600, height: 120, marginLeft: 100, marginRight: 100 }
const costs = [
  { key: 'r1', value: 294e3 },
  { key: 'v3', value: 5.576e6 },
  { key: 'hw', value: 500e6 },
]

describe('barLayout, log axis', () => {
  const log = { ...opts, scale: 'log' as const, floor: 1e5 }

  it.each([
    { name: 'empty data', rows: [], domain: [1e5, 1e6], ticks: 2 },
    { name: 'a single value', rows: [{ key: 'a', value: 5e6 }], domain: [1e5, 1e7], ticks: 3 },
    { name: 'a value on a power of ten', rows: [{ key: 'a', value: 1e8 }], domain: [1e5, 1e8], ticks: 4 },
    { name: 'the cost rows', rows: costs, domain: [1e5, 1e9], ticks: 5 },
  ])('$name: domain runs from the floor to a power of ten', ({ rows, domain, ticks }) => {
    const l = barLayout(rows, log)
    expect(l.domain).toEqual(domain)
    expect(l.ticks).toHaveLength(ticks)
    expect(l.ticks[0]).toEqual({ value: 1e5, x: 100 })
    expect(l.ticks.at(-1)!.x).toBeCloseTo(500)
  })

  it('starts every bar at the floor, not at zero', () => {
    const l = barLayout(costs, log)
    for (const bar of l.bars)
      expect(bar.x).toBe(l.baseX)
    expect(l.baseX).toBe(100)
  })

  it('gives equal widths to equal ratios (one decade = one tick gap)', () => {
    const l = barLayout([{ key: 'a', value: 1e6 }, { key: 'b', value: 1e7 }], log)
    const gap = l.ticks[1].x - l.ticks[0].x
    expect(l.bars[0].width).toBeCloseTo(gap)
    expect(l.bars[1].width).toBeCloseTo(2 * gap)
  })

  it.each([
    { name: 'below the floor', rows: [{ key: 'tiny', value: 5e4 }], match: /"tiny".*below the log floor/ },
    { name: 'NaN', rows: [{ key: 'nan', value: Number.NaN }], match: /"nan".*NaN/ },
    { name: 'negative', rows: [{ key: 'neg', value: -1 }], match: /"neg"/ },
  ])('rejects a value $name by name', ({ rows, match }) => {
    expect(() => barLayout(rows, log)).toThrow(TypeError)
    expect(() => barLayout(rows, log)).toThrow(match)
  })

  it.each([undefined, 0, -10, Number.NaN])('rejects a floor of %s', (floor) => {
    expect(() => barLayout(costs, { ...log, floor })).toThrow(/positive floor/)
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
