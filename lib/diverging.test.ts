import { describe, expect, it } from 'vitest'
import { divergingLayout, growDivergingBar } from './diverging'

const opts = { width: 500, height: 100, marginLeft: 100, marginRight: 50 }

describe('divergingLayout', () => {
  it('returns no bars for empty data, with zero inside the plot', () => {
    const l = divergingLayout([], opts)
    expect(l.bars).toEqual([])
    expect(l.zeroX).toBeGreaterThanOrEqual(100)
  })

  it.each([
    { name: 'single negative', rows: [{ key: 'a', value: -10 }] },
    { name: 'single positive', rows: [{ key: 'a', value: 4 }] },
    { name: 'mixed', rows: [{ key: 'a', value: -19.1 }, { key: 'b', value: 3.3 }, { key: 'c', value: 0 }] },
  ])('$name: every bar touches zero', ({ rows }) => {
    const l = divergingLayout(rows, opts)
    for (const bar of l.bars) {
      const touchesZero = Math.abs(bar.x - l.zeroX) < 1e-9 || Math.abs(bar.x + bar.width - l.zeroX) < 1e-9
      expect(touchesZero).toBe(true)
      expect(bar.width).toBeGreaterThanOrEqual(0)
    }
  })

  it('puts losses left of zero with end-anchored labels, gains right', () => {
    const l = divergingLayout([{ key: 'loss', value: -5 }, { key: 'gain', value: 5 }], opts)
    const [loss, gain] = l.bars
    expect(loss.x + loss.width).toBeCloseTo(l.zeroX)
    expect(loss.anchor).toBe('end')
    expect(gain.x).toBeCloseTo(l.zeroX)
    expect(gain.anchor).toBe('start')
  })

  it('keeps widths proportional to values', () => {
    const l = divergingLayout([{ key: 'a', value: -20 }, { key: 'b', value: -10 }], opts)
    expect(l.bars[0].width / l.bars[1].width).toBeCloseTo(2)
  })

  it.each([Number.NaN, Infinity])('rejects a non-finite value (%s) by name', (value) => {
    expect(() => divergingLayout([{ key: 'bad', value }], opts)).toThrow(/"bad"/)
  })

  it('rejects an empty plot area', () => {
    expect(() => divergingLayout([], { ...opts, width: 120 })).toThrow(TypeError)
  })
})

describe('growDivergingBar', () => {
  const l = divergingLayout([{ key: 'loss', value: -10 }, { key: 'gain', value: 5 }], opts)
  it.each([0, 0.5, 1])('at %s keeps each bar on zero, its label 6 units past its end', (grow) => {
    const [loss, gain] = l.bars.map(b => growDivergingBar(b, grow))
    expect(loss.x + loss.width).toBeCloseTo(l.zeroX)
    expect(loss.width).toBeCloseTo(l.bars[0].width * grow)
    expect(loss.labelX).toBeCloseTo(loss.x - 6)
    expect(gain.x).toBeCloseTo(l.zeroX)
    expect(gain.labelX).toBeCloseTo(gain.x + gain.width + 6)
    expect(loss.mid).toBeCloseTo(loss.y + loss.height / 2)
  })

  it('is the full bar at 1, and hidden until it starts to grow', () => {
    expect(growDivergingBar(l.bars[0], 1)).toMatchObject({ ...l.bars[0], opacity: 1 })
    expect(growDivergingBar(l.bars[0], 0).opacity).toBe(0)
    expect(growDivergingBar(l.bars[0], 0.005).opacity).toBe(0)
  })
})
