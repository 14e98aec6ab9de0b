import { describe, expect, it } from 'vitest'
import { pctChange } from './change'

describe('pctChange', () => {
  it.each([
    { from: 142.62, to: 118.42, pct: -16.968 },
    { from: 118.42, to: 128.99, pct: 8.926 },
    { from: 5048.62, to: 1114.11, pct: -77.932 },
    { from: 10, to: 10, pct: 0 },
    { from: -10, to: -5, pct: -50 },
  ])('$from → $to is $pct%', ({ from, to, pct }) => {
    expect(pctChange(from, to)).toBeCloseTo(pct, 3)
  })

  it.each([
    [Number.NaN, 1],
    [1, Infinity],
    [0, 5],
  ])('rejects %s → %s with a TypeError', (from, to) => {
    expect(() => pctChange(from, to)).toThrow(TypeError)
  })
})
