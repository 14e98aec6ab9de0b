import { describe, expect, it } from 'vitest'
import { milestoneLayout } from './milestones'

const opts = { width: 600, height: 300, marginLeft: 60, marginRight: 20, marginTop: 20, marginBottom: 40, start: '2000-01-01', end: '2025-12-31' }
const NASDAQ = [
  { key: 'peak', date: '2000-03-10', value: 5048.62 },
  { key: 'low', date: '2002-10-09', value: 1114.11 },
  { key: 'record', date: '2015-04-23', value: 5056.06 },
]

describe('milestoneLayout', () => {
  it('lays out nothing for empty data but still draws the axes', () => {
    const l = milestoneLayout([], opts)
    expect(l.points).toEqual([])
    expect(l.connectors).toEqual([])
    expect(l.xTicks.map(t => t.year)).toEqual([2000, 2005, 2010, 2015, 2020, 2025])
    expect(l.xTicks[1].date.toISOString()).toBe('2005-01-01T00:00:00.000Z')
    expect(l.yTicks[0].value).toBe(0)
  })

  it('handles a single milestone: no connectors', () => {
    const l = milestoneLayout([NASDAQ[0]], opts)
    expect(l.points).toHaveLength(1)
    expect(l.connectors).toEqual([])
  })

  it('places dates left to right and values on a zero-based axis', () => {
    const l = milestoneLayout(NASDAQ, { ...opts, yMax: 20000 })
    const [peak, low, record] = l.points
    expect(peak.x).toBeLessThan(low.x)
    expect(low.x).toBeLessThan(record.x)
    expect(low.y).toBeGreaterThan(peak.y)
    expect(l.yOf(0)).toBe(l.plot.bottom)
    expect(l.yTicks.map(t => t.value)).toEqual([0, 5000, 10000, 15000, 20000])
    // The value axis is linear from zero: the low sits at 1114.11 / 20000 of the height.
    expect((l.plot.bottom - low.y) / (l.plot.bottom - l.plot.top)).toBeCloseTo(1114.11 / 20000, 6)
  })

  it('on a log axis, equal ratios are equal distances', () => {
    const l = milestoneLayout(NASDAQ, { ...opts, yMax: 20000, log: { yMin: 1000 }, yTickValues: [1000, 2000, 5000, 10000, 20000] })
    expect(l.yOf(1000)).toBeCloseTo(l.plot.bottom)
    expect(l.yOf(20000)).toBeCloseTo(l.plot.top)
    expect(l.yOf(1000) - l.yOf(2000)).toBeCloseTo(l.yOf(10000) - l.yOf(20000))
    expect(l.yTicks.map(t => t.value)).toEqual([1000, 2000, 5000, 10000, 20000])
  })

  it.each([
    { name: 'a non-positive minimum', log: { yMin: 0 }, yMax: 100 },
    { name: 'a minimum above the maximum', log: { yMin: 500 }, yMax: 100 },
    { name: 'a value below the minimum', log: { yMin: 2000 }, yMax: 20000 },
  ])('rejects a log axis with $name', ({ log, yMax }) => {
    expect(() => milestoneLayout(NASDAQ, { ...opts, log, yMax })).toThrow(TypeError)
  })

  it('joins consecutive milestones with straight connectors, in input order', () => {
    const l = milestoneLayout(NASDAQ, opts)
    expect(l.connectors.map(c => `${c.from}→${c.to}`)).toEqual(['peak→low', 'low→record'])
    expect(l.connectors[0].d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/)
  })

  it.each([
    { row: { key: 'nan', date: '2001-01-01', value: Number.NaN }, message: /"nan"/ },
    { row: { key: 'neg', date: '2001-01-01', value: -1 }, message: /"neg"/ },
    { row: { key: 'late', date: '2030-01-01', value: 1 }, message: /"late" \(2030-01-01\) is outside/ },
    { row: { key: 'bad-date', date: 'Mar 2000', value: 1 }, message: /"Mar 2000"/ },
  ])('rejects $row.key with a TypeError', ({ row, message }) => {
    expect(() => milestoneLayout([row], opts)).toThrow(message)
  })

  it.each([
    { name: 'backwards axis', o: { ...opts, start: '2025-01-01', end: '2000-01-01' } },
    { name: 'empty plot', o: { ...opts, width: 50 } },
  ])('rejects a $name', ({ o }) => {
    expect(() => milestoneLayout(NASDAQ, o)).toThrow(TypeError)
  })
})
