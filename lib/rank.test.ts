import { describe, expect, it } from 'vitest'
import { rankLayout } from './rank'

const opts = {
  width: 500,
  height: 300,
  marginLeft: 50,
  marginRight: 50,
  marginTop: 20,
  marginBottom: 30,
  from: '2025-01-24',
  to: '2025-01-27',
  worstRank: 150,
}

const rows = [
  { series: 'a', date: '2025-01-27', rank: 1 },
  { series: 'a', date: '2025-01-24', rank: 31 },
  { series: 'b', date: '2025-01-24', rank: 133 },
]

describe('rankLayout', () => {
  it('handles empty data: no points or paths, axes still drawn', () => {
    const l = rankLayout([], opts)
    expect(l.points).toEqual([])
    expect(l.paths).toEqual([])
    expect(l.xTicks.map(t => t.date)).toEqual(['2025-01-24', '2025-01-25', '2025-01-26', '2025-01-27'])
    expect(l.yTicks.map(t => t.rank)).toEqual([1, 3, 10, 30, 100])
    expect(l.yTicks.map(t => t.label)).toEqual(['#1', '#3', '#10', '#30', '#100'])
  })

  it('puts rank 1 at the top and worse ranks lower', () => {
    const l = rankLayout(rows, opts)
    const [top, mid, low] = l.points
    expect(top.y).toBeCloseTo(l.plot.top)
    expect(mid.y).toBeGreaterThan(top.y)
    expect(low.y).toBeGreaterThan(mid.y)
    expect(low.y).toBeLessThanOrEqual(l.plot.bottom)
  })

  it('uses a log scale: equal ratios are equal distances', () => {
    const l = rankLayout([{ series: 'a', date: '2025-01-24', rank: 10 }], { ...opts, worstRank: 100 })
    const gap = (r1: number, r2: number) => l.yTicks.find(t => t.rank === r2)!.y - l.yTicks.find(t => t.rank === r1)!.y
    expect(gap(1, 10)).toBeCloseTo(l.plot.bottom - l.points[0].y)
    expect(gap(3, 30)).toBeCloseTo(gap(1, 10))
  })

  it('keeps days in order inside the plot, with padding before the first', () => {
    const l = rankLayout([], opts)
    const xs = l.xTicks.map(t => t.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect(xs[0]).toBeGreaterThan(l.plot.left)
    expect(xs.at(-1)).toBeLessThan(l.plot.right)
    expect(l.xTicks[2].label).toBe('Sun Jan 26')
  })

  it.each([
    { name: 'a single point', input: [rows[0]], paths: 0 },
    { name: 'two series, one with two points', input: rows, paths: 1 },
  ])('$name: a path only where a series has two or more points', ({ input, paths }) => {
    expect(rankLayout(input, opts).paths).toHaveLength(paths)
  })

  it('joins a series in date order whatever the input order', () => {
    const l = rankLayout(rows, opts)
    const start = l.paths[0].d.match(/^M([\d.]+)/)![1]
    expect(Number(start)).toBeCloseTo(l.xOf('2025-01-24'))
  })

  it('grows the rank domain to fit a rank worse than worstRank', () => {
    const l = rankLayout([{ series: 'a', date: '2025-01-24', rank: 400 }], opts)
    expect(l.points[0].y).toBeCloseTo(l.plot.bottom)
  })

  it('passes extra row fields through', () => {
    const l = rankLayout([{ series: 'a', date: '2025-01-24', rank: 5, factId: 'x' }], opts)
    expect(l.points[0].factId).toBe('x')
  })

  it.each([
    { name: 'NaN rank', row: { series: 'bad', date: '2025-01-24', rank: Number.NaN }, message: /"bad".*NaN/ },
    { name: 'rank 0', row: { series: 'bad', date: '2025-01-24', rank: 0 }, message: /"bad".*rank 0/ },
    { name: 'fractional rank', row: { series: 'bad', date: '2025-01-24', rank: 1.5 }, message: /1\.5/ },
    { name: 'bad date', row: { series: 'bad', date: 'Jan 24', rank: 3 }, message: /"Jan 24"/ },
  ])('rejects $name with a TypeError naming it', ({ row, message }) => {
    expect(() => rankLayout([row], opts)).toThrow(TypeError)
    expect(() => rankLayout([row], opts)).toThrow(message)
  })

  it.each([
    { name: 'empty plot', o: { ...opts, width: 90 } },
    { name: 'worstRank of 1', o: { ...opts, worstRank: 1 } },
    { name: 'dates reversed', o: { ...opts, from: '2025-01-27', to: '2025-01-24' } },
    { name: 'bad from date', o: { ...opts, from: '2025-13-40' } },
  ])('rejects options: $name', ({ o }) => {
    expect(() => rankLayout([], o)).toThrow(TypeError)
  })
})
