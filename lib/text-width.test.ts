import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from './text-width'

describe('estimateTextWidth', () => {
  it.each([
    { text: '', width: 0 },
    { text: 'iiii', width: 4 * 0.3 * 16 },
    { text: 'MM', width: 2 * 0.88 * 16 },
    { text: 'Ab', width: (0.66 + 0.55) * 16 },
    { text: '2025', width: 4 * 0.58 * 16 },
  ])('"$text" is $width px at 16px', ({ text, width }) => {
    expect(estimateTextWidth(text)).toBeCloseTo(width)
  })

  it('scales with font size and is never below the average sans width', () => {
    const text = 'Dec 26, 2024 V3 released'
    expect(estimateTextWidth(text, 32)).toBeCloseTo(2 * estimateTextWidth(text, 16))
    expect(estimateTextWidth(text)).toBeGreaterThan(text.length * 16 * 0.45)
  })

  it.each([0, -1, Number.NaN])('rejects font size %s', (size) => {
    expect(() => estimateTextWidth('a', size)).toThrow(TypeError)
  })
})
