import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { chipCompareChart, chipCompareText } from './chip-compare'

describe('chip-compare chart definition', () => {
  it.each([
    { clicks: -1, marks: 1 },
    { clicks: 0, marks: 1 },
    { clicks: 1, marks: 2 },
    { clicks: 2, marks: 4 },
    { clicks: 999999, marks: 4 },
  ])('click $clicks shows $marks bars', ({ clicks, marks }) => {
    const state = chipCompareChart.at(clicks)
    expect(state.marks).toBe(marks)
    expect(state.shownRows).toEqual(chipCompareChart.rows.slice(0, marks))
    expect(chipCompareChart.spec.marksAtStep(clicks)).toBe(marks)
  })

  it('reads link speeds and compute from the registry, as numbers', () => {
    const values = chipCompareChart.rows.map(r => r.value)
    expect(values).toEqual(chipCompareChart.rows.map(r => numberFact(r.factId)))
    expect(values).toEqual([900, 400, 989, 989])
    expect(chipCompareChart.rows.map(r => r.printed)).toEqual(['900 GB/s', '400 GB/s', '989 TFLOPS', '989 TFLOPS'])
  })

  it('draws the second half of the message: the H800’s compute equals the H100’s', () => {
    const compute = chipCompareChart.rows.filter(r => r.measure === 'compute')
    expect(compute.map(r => r.chip)).toEqual(['H100', 'H800'])
    expect(compute[0].value).toBe(compute[1].value)
  })

  it('says what each bar shows, in words from the rows', () => {
    expect(chipCompareText.said).toEqual([
      'H100 chip-to-chip link: 900 GB/s',
      'H800: 400 GB/s, cut by the export rule',
      'H100 compute per chip: 989 TFLOPS',
      'H800: 989 TFLOPS, not cut: the same',
    ])
    expect(chipCompareText.unit).toBe('Per chip, bars from zero: link in GB/s, both directions; compute in dense BF16 TFLOPS')
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(chipCompareChart.dataset.id).toBe('chip-compare')
    expect(chipCompareChart.spec).toMatchObject({ chartId: 'chip-compare', steps: 3 })
  })
})

describe('chip-compare layout(width)', () => {
  describe.each([880, 360])('at width %i', (width) => {
    const l = chipCompareChart.layout(width)

    it('keeps headings, units and values on the chart, and the panels apart', () => {
      for (const p of l.panels) {
        for (const line of p.headingLines)
          expect(estimateTextWidth(line.text)).toBeLessThanOrEqual(width)
        const unitW = estimateTextWidth(p.unit)
        const [u0, u1] = p.unitAt.anchor === 'end' ? [p.unitAt.x - unitW, p.unitAt.x] : [p.unitAt.x, p.unitAt.x + unitW]
        expect(u0).toBeGreaterThanOrEqual(0)
        expect(u1).toBeLessThanOrEqual(width)
        for (const m of p.members) {
          expect(m.x).toBe(p.baseX)
          if (!m.inside)
            expect(m.x + m.width + 8 + estimateTextWidth(m.row.printed)).toBeLessThanOrEqual(width)
        }
      }
      const [link, compute] = l.panels
      expect(compute.headingLines[0].y - 16).toBeGreaterThan(link.axisY + 14)
      expect(compute.axisY + 14).toBeLessThanOrEqual(l.height)
    })

    it('starts every bar at zero on its own axis', () => {
      for (const p of l.panels)
        expect(p.ticks[0].key).toBe(0)
    })
  })
})
