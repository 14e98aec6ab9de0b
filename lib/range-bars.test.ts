import { describe, expect, it } from 'vitest'
import { growRangeBar, rangeBarLayout } from './range-bars'

const opts = { width: 600, height: 200, marginLeft: 100, marginRight: 100 }

describe('rangeBarLayout', () => {
  it('returns no bars for empty data, with a usable axis', () => {
    const l = rangeBarLayout([], opts)
    expect(l.bars).toEqual([])
    expect(l.zeroX).toBe(100)
    expect(l.ticks.length).toBeGreaterThan(1)
  })

  it.each([
    { name: 'single value', rows: [{ key: 'a', low: 279, high: 279 }] },
    { name: 'single range', rows: [{ key: 'a', low: 589, high: 593 }] },
    { name: 'a zero row', rows: [{ key: 'a', low: 0, high: 0 }, { key: 'b', low: 10, high: 12 }] },
    { name: 'records', rows: [{ key: 'n', low: 589, high: 593 }, { key: 'p', low: 279, high: 279 }, { key: 'm', low: 232, high: 232 }] },
  ])('$name: every bar starts at zero and stays inside the plot', ({ rows }) => {
    const l = rangeBarLayout(rows, opts)
    for (const bar of l.bars) {
      expect(bar.x).toBe(l.zeroX)
      expect(bar.width).toBeGreaterThanOrEqual(0)
      expect(bar.extWidth).toBeGreaterThanOrEqual(0)
      expect(bar.x + bar.width + bar.extWidth).toBeLessThanOrEqual(opts.width - opts.marginRight + 1e-9)
    }
  })

  it('keeps widths proportional to values, and a single value has no extension', () => {
    const l = rangeBarLayout([{ key: 'a', low: 600, high: 600 }, { key: 'b', low: 300, high: 300 }], opts)
    expect(l.bars[0].width / l.bars[1].width).toBeCloseTo(2)
    expect(l.bars[1].extWidth).toBe(0)
  })

  it('draws a range as a bar to low plus an extension to high', () => {
    const [bar] = rangeBarLayout([{ key: 'a', low: 589, high: 593 }, { key: 'b', low: 100, high: 100 }], opts).bars
    expect(bar.extWidth / (bar.width + bar.extWidth)).toBeCloseTo(4 / 593, 5)
    expect(bar.labelX).toBeCloseTo(bar.x + bar.width + bar.extWidth + 8)
  })

  it('stacks rows top to bottom in input order', () => {
    const l = rangeBarLayout([{ key: 'first', low: 1, high: 1 }, { key: 'second', low: 2, high: 2 }], opts)
    expect(l.bars[0].y).toBeLessThan(l.bars[1].y)
  })

  it.each([
    { row: { key: 'nan', low: Number.NaN, high: 1 }, message: /"nan"/ },
    { row: { key: 'inf', low: 1, high: Infinity }, message: /"inf"/ },
    { row: { key: 'neg', low: -5, high: 1 }, message: /"neg" is negative/ },
    { row: { key: 'flip', low: 9, high: 3 }, message: /"flip" has low 9 above high 3/ },
  ])('rejects $row.key with a TypeError naming it', ({ row, message }) => {
    expect(() => rangeBarLayout([row], opts)).toThrow(message)
  })

  it('rejects an empty plot area', () => {
    expect(() => rangeBarLayout([], { ...opts, width: 150 })).toThrow(TypeError)
  })
})

describe('growRangeBar', () => {
  const [bar] = rangeBarLayout([{ key: 'a', low: 589, high: 593 }, { key: 'b', low: 100, high: 100 }], opts).bars
  it.each([0, 0.5, 1])('at %s grows bar and extension together from zero, the label 8 units past the end', (grow) => {
    const g = growRangeBar(bar, grow)
    expect(g.x).toBe(bar.x)
    expect(g.width).toBeCloseTo(bar.width * grow)
    expect(g.extWidth).toBeCloseTo(bar.extWidth * grow)
    expect(g.labelX).toBeCloseTo(g.x + g.width + g.extWidth + 8)
    expect(g.mid).toBeCloseTo(bar.y + bar.height / 2)
  })

  it('is the full bar at 1, and hidden until it starts to grow', () => {
    expect(growRangeBar(bar, 1)).toMatchObject({ ...bar, opacity: 1 })
    expect(growRangeBar(bar, 0).opacity).toBe(0)
  })
})
