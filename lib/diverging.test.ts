import { describe, expect, it } from 'vitest'
import { divergingLayout } from './diverging'

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
