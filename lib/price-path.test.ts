import { describe, expect, it } from 'vitest'
import { priceDomain, pricePathLayout } from './price-path'

const opts = { width: 600, height: 300, marginLeft: 60, marginRight: 20, marginTop: 20, marginBottom: 40 }
const SLOTS = ['01-24', '01-27', '01-28', '01-29', '01-30', '01-31', '02-03'].map(d => `2025-${d}`)
const CLOSES = [
  { date: '2025-01-24', close: 142.62 },
  { date: '2025-01-27', close: 118.42 },
  { date: '2025-01-28', close: 128.99 },
  { date: '2025-01-29', close: 123.7 },
  { date: '2025-02-03', close: 116.66 },
]

describe('pricePathLayout', () => {
  it('lays out nothing for empty data, with a one-step axis', () => {
    const l = pricePathLayout([], SLOTS, opts)
    expect(l.points).toEqual([])
    expect(l.segments).toEqual([])
    expect(l.baseY).toBeNull()
    expect(l.pctTicks).toEqual([])
    expect(l.domain).toEqual([0, 10])
    expect(l.slots.every(s => !s.hasClose)).toBe(true)
  })

  it('handles a single close: no segments, a non-degenerate domain, 0% at the close', () => {
    const l = pricePathLayout([{ date: '2025-01-24', close: 140 }], SLOTS, opts)
    expect(l.segments).toEqual([])
    expect(l.domain).toEqual([140, 150])
    expect(l.points[0].pct).toBe(0)
    expect(l.baseY).toBe(l.points[0].y)
  })

  it('rounds the domain out to whole $10 steps around the closes', () => {
    expect(pricePathLayout(CLOSES, SLOTS, opts).domain).toEqual([110, 150])
  })

  it('joins adjacent trading days solid and marks skipped days as a gap', () => {
    const l = pricePathLayout(CLOSES, SLOTS, opts)
    expect(l.segments.map(s => s.kind)).toEqual(['solid', 'solid', 'solid', 'gap'])
    expect(l.segments[3].missing).toEqual(['2025-01-30', '2025-01-31'])
    expect(l.slots.filter(s => !s.hasClose).map(s => s.date)).toEqual(['2025-01-30', '2025-01-31'])
  })

  it('computes percent change from the first close and sorts by trading day', () => {
    const l = pricePathLayout([...CLOSES].reverse(), SLOTS, opts)
    expect(l.points.map(p => p.date)).toEqual(CLOSES.map(c => c.date))
    expect(l.points[1].pct).toBeCloseTo(-16.97, 2)
    expect(l.points[4].pct).toBeCloseTo(-18.2, 2)
  })

  it('places percent ticks on the dollar scale: 0% sits on the first close', () => {
    const l = pricePathLayout(CLOSES, SLOTS, opts)
    const zero = l.pctTicks.find(t => t.value === 0)!
    expect(zero.y).toBeCloseTo(l.baseY!)
    expect(l.pctTicks.map(t => t.value)).toEqual([-20, -15, -10, -5, 0, 5])
    expect(l.usdTicks.map(t => t.value)).toEqual([110, 120, 130, 140, 150])
  })

  it('puts higher closes higher on the canvas', () => {
    const [jan24, jan27] = pricePathLayout(CLOSES, SLOTS, opts).points
    expect(jan24.y).toBeLessThan(jan27.y)
    expect(jan24.x).toBeLessThan(jan27.x)
  })

  it.each([
    { point: { date: '2025-01-27', close: Number.NaN }, message: /2025-01-27/ },
    { point: { date: '2025-01-27', close: -1 }, message: /not a positive number/ },
    { point: { date: '2025-01-25', close: 100 }, message: /2025-01-25 is not a trading day/ },
  ])('rejects $point.date / $point.close with a TypeError', ({ point, message }) => {
    expect(() => pricePathLayout([point], SLOTS, opts)).toThrow(message)
  })

  it('rejects an empty plot area', () => {
    expect(() => pricePathLayout(CLOSES, SLOTS, { ...opts, height: 50 })).toThrow(TypeError)
  })
})

describe('priceDomain', () => {
  it.each([
    { closes: [142.62, 118.42, 116.66], step: 10, domain: [110, 150] },
    { closes: [140], step: 10, domain: [140, 150] },
    { closes: [121, 129], step: 5, domain: [120, 130] },
    { closes: [], step: 10, domain: [0, 10] },
  ])('$closes by $step → $domain', ({ closes, step, domain }) => {
    expect(priceDomain(closes, step)).toEqual(domain)
  })
})
