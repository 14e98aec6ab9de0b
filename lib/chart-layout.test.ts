import { describe, expect, it } from 'vitest'
import { chartViewWidth, labelSpan, placeInside, stackedRows, thinLabels, wrapText } from './chart-layout'
import { estimateTextWidth } from './text-width'

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

describe('placeInside', () => {
  it('keeps a label centred on its tick when it fits, and turns the end ones inwards', () => {
    expect(placeInside(100, 40, 460)).toMatchObject({ x: 100, anchor: 'middle' })
    expect(placeInside(8, 40, 460)).toMatchObject({ x: 0, anchor: 'start', span: { start: 0, end: 40 } })
    expect(placeInside(450, 40, 460)).toMatchObject({ x: 460, anchor: 'end', span: { start: 420, end: 460 } })
  })
})

describe('stackedRows', () => {
  it('puts each row\'s words above its bar, rows one under the other', () => {
    const { rows, bottom } = stackedRows(2, { top: 10, lines: 1, lineHeight: 20, barHeight: 24, gap: 14 })
    expect(rows[0]).toEqual({ labelY: 26, subLabelY: 46, y: 36, height: 24, mid: 48 })
    expect(rows[1].labelY).toBe(26 + 64)
    expect(rows[0].labelY).toBeLessThan(rows[0].y)
    expect(bottom).toBe(rows[1].y + 24)
  })
  it('makes room for a second line', () => {
    const [row] = stackedRows(1, { lines: 2 }).rows
    expect(row.subLabelY).toBeLessThan(row.y)
  })
})

describe('wrapText', () => {
  it('breaks at spaces so no line is wider than asked, and keeps every word', () => {
    const text = 'DeepSeek’s own claim, reported by Reuters: 20–50× cheaper, depending on the task'
    const lines = wrapText(text, 300)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const line of lines)
      expect(estimateTextWidth(line)).toBeLessThanOrEqual(300)
  })
  it('leaves a short line alone and a single long word on its own line', () => {
    expect(wrapText('short', 300)).toEqual(['short'])
    expect(wrapText('Supercalifragilistic', 40)).toEqual(['Supercalifragilistic'])
    expect(wrapText('', 100)).toEqual([])
  })
})
