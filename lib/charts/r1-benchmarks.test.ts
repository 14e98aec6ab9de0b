import { describe, expect, it } from 'vitest'
import { getFact, numberFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { benchmarkLayout, r1BenchmarksChart as chart, r1BenchmarksText as text } from './r1-benchmarks'

const layout = benchmarkLayout({ x0: 250, x1: 816, top: 48, rowGap: 46 })

describe('r1-benchmarks chart definition', () => {
  it.each([
    { clicks: -1, marks: 4, o1: false },
    { clicks: 0, marks: 4, o1: false },
    { clicks: 1, marks: 8, o1: true },
    { clicks: 999999, marks: 8, o1: true },
  ])('click $clicks shows $marks dots (o1 $o1)', ({ clicks, marks, o1 }) => {
    expect(chart.spec.marksAtStep(clicks)).toBe(marks)
    expect(chart.at(clicks).step.o1).toBe(o1)
  })

  it('reads every score from the registry, all DeepSeek’s own claims', () => {
    for (const r of chart.rows) {
      expect(r.r1).toBe(numberFact(r.r1FactId))
      expect(r.o1).toBe(numberFact(r.o1FactId))
      expect(getFact(r.r1FactId).claimedBy).toBe('DeepSeek')
      expect(getFact(r.o1FactId).claimedBy).toBe('DeepSeek')
    }
    expect(chart.rows.map(r => `${r.test} ${r.r1Printed}/${r.o1Printed}`)).toEqual([
      'AIME 2024 79.8%/79.2%',
      'MATH-500 97.3%/96.4%',
      'GPQA Diamond 71.5%/75.7%',
      'MMLU 90.8%/91.8%',
    ])
  })

  it('uses a zero-based 0–100% scale, labelled', () => {
    expect(layout.ticks.map(t => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%'])
    expect(layout.x(0)).toBe(250)
    expect(layout.x(100)).toBe(816)
    expect(text.unit).toMatch(/0–100% scale; published Jan 20, 2025$/)
  })

  it('puts the higher score’s label right of both dots and the lower one’s left, inside the chart', () => {
    for (const d of layout.dots) {
      const [hi, lo] = d.row.r1 >= d.row.o1 ? [d.r1, d.o1] : [d.o1, d.r1]
      expect(hi.anchor).toBe('start')
      expect(lo.anchor).toBe('end')
      expect(hi.x0).toBeGreaterThan(Math.max(d.r1.cx, d.o1.cx) + 8)
      expect(lo.x1).toBeLessThan(Math.min(d.r1.cx, d.o1.cx) - 8)
      expect(hi.x1).toBeLessThanOrEqual(880)
      expect(lo.x0).toBeGreaterThan(250)
    }
    expect(estimateTextWidth('97.3%')).toBeGreaterThan(0)
  })

  it('describes the rows in words, o1 only once it is shown', () => {
    expect(text.row(chart.rows[2], false)).toBe('GPQA Diamond (graduate science): R1 71.5%')
    expect(text.row(chart.rows[2], true)).toBe('GPQA Diamond (graduate science): R1 71.5%, o1 75.7%')
  })
})

describe('r1-benchmarks layout(width)', () => {
  describe.each([880, 360])('at width %i', (width) => {
    const l = chart.layout(width)

    it('keeps names, measures and values on the chart, and no two labels in a row overlapping', () => {
      l.plot.dots.forEach((d, i) => {
        const { test, what } = l.names[i]
        const span = (p: { x: number, anchor: 'start' | 'end' }, t: string) => (p.anchor === 'start' ? [p.x, p.x + estimateTextWidth(t)] : [p.x - estimateTextWidth(t), p.x])
        const [t0, t1] = span(test, d.row.test)
        const [w0, w1] = span(what, d.row.what)
        for (const x of [t0, t1, w0, w1, d.r1.x0, d.r1.x1, d.o1.x0, d.o1.x1]) {
          expect(x).toBeGreaterThanOrEqual(0)
          expect(x).toBeLessThanOrEqual(width)
        }
        if (test.y === what.y)
          expect(t1).toBeLessThanOrEqual(w0)
        expect(d.r1.x1 <= d.o1.x0 || d.o1.x1 <= d.r1.x0).toBe(true)
      })
    })

    it('runs the scale from 0% to 100%, dots only', () => {
      expect(l.plot.ticks.map(t => t.key)).toEqual([0, 25, 50, 75, 100])
      expect(l.plot.x(0)).toBe(l.x0)
      expect(l.axisY).toBeLessThan(l.height)
    })
  })
})
