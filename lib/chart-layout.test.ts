import { describe, expect, it } from 'vitest'
import { chartViewWidth, labelSpan, thinLabels } from './chart-layout'

describe('chartViewWidth', () => {
  it.each([
    { px: 0, width: 880, why: 'unmeasured: the slide layout' },
    { px: 880, width: 880, why: 'a slide (16 units = 16 px)' },
    { px: 660, width: 880, why: 'exactly 12 px text at 880' },
    { px: 600, width: 800, why: '600 × 16 / 12' },
    { px: 358, width: 460, why: 'a 390 px phone: 477 snapped down to 460' },
    { px: 200, width: 360, why: 'never narrower than the minimum' },
  ])('$px px → $width ($why)', ({ px, width }) => {
    expect(chartViewWidth(px)).toBe(width)
  })

  it('keeps 16-unit text at 12 px or more down to the minimum width', () => {
    for (let px = 270; px < 900; px += 7) {
      const w = chartViewWidth(px)
      expect(px * 16 / w).toBeGreaterThanOrEqual(12)
    }
  })

  it('takes other sizes', () => {
    expect(chartViewWidth(400, { full: 600, minTextPx: 14, textUnits: 16, snap: 1 })).toBe(457)
  })
})

describe('thinLabels', () => {
  it('keeps labels that clear the ones already kept', () => {
    const spans = [0, 30, 60, 90, 120].map(at => labelSpan(at, 40))
    expect(thinLabels(spans, 8)).toEqual([true, false, true, false, true])
  })
  it('places higher-priority labels first', () => {
    const spans = [0, 30, 60].map(at => labelSpan(at, 40))
    expect(thinLabels(spans, 8, [0, 1, 0])).toEqual([false, true, false])
  })
  it('measures from the text anchor', () => {
    expect(labelSpan(100, 40, 'start')).toEqual({ start: 100, end: 140 })
    expect(labelSpan(100, 40, 'end')).toEqual({ start: 60, end: 100 })
    expect(labelSpan(100, 40)).toEqual({ start: 80, end: 120 })
  })
})
