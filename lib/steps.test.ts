import { describe, expect, it } from 'vitest'
import { clampStep } from './steps'

describe('clampStep', () => {
  it.each([
    { clicks: 0, count: 4, step: 0 },
    { clicks: 2, count: 4, step: 2 },
    { clicks: 3, count: 4, step: 3 },
    { clicks: 999999, count: 4, step: 3 },
    { clicks: -1, count: 4, step: 0 },
    { clicks: Number.NaN, count: 4, step: 0 },
    { clicks: 1.7, count: 4, step: 1 },
    { clicks: 5, count: 1, step: 0 },
  ])('clicks $clicks of $count steps → $step', ({ clicks, count, step }) => {
    expect(clampStep(clicks, count)).toBe(step)
  })

  it('rejects a step count below one', () => {
    expect(() => clampStep(0, 0)).toThrow(TypeError)
  })
})
