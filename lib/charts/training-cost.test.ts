import { describe, expect, it } from 'vitest'
import { numberFact, printedFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { costDisplay, trainingCostChart, trainingCostText } from './training-cost'

describe('training-cost chart definition', () => {
  it.each([
    { clicks: -1, names: ['DeepSeek-V3 final run'] },
    { clicks: 0, names: ['DeepSeek-V3 final run'] },
    { clicks: 1, names: ['DeepSeek-V3 final run', 'GPT-4', 'Gemini Ultra'] },
    { clicks: 2, names: ['DeepSeek-V3 final run', 'GPT-4', 'Gemini Ultra', 'GPT-4'] },
    { clicks: 999999, names: ['DeepSeek-V3 final run', 'GPT-4', 'Gemini Ultra', 'GPT-4'] },
  ])('click $clicks shows $names.length rows', ({ clicks, names }) => {
    const state = trainingCostChart.at(clicks)
    expect(state.shownRows.map(r => r.name)).toEqual(names)
    expect(trainingCostChart.spec.marksAtStep(clicks)).toBe(names.length)
  })

  it('reads every cost from the registry', () => {
    for (const row of trainingCostChart.rows)
      expect(row.usd).toBe(numberFact(row.factId))
    expect(trainingCostChart.rows.map(r => r.printed)).toEqual(['$5.6M', '~$78M', '~$191M', '>$100M'])
    // On the chart: one decimal for every row, in millions, the registry's qualifier kept.
    for (const row of trainingCostChart.rows)
      expect(row.display).toBe(costDisplay(numberFact(row.factId), printedFact(row.factId)))
    expect(trainingCostChart.rows.map(r => r.display)).toEqual(['$5.6M', '~$78.4M', '~$191.0M', '>$100.0M'])
  })

  it('keeps to training runs: what the $5.6M leaves out is the cost-iceberg chart', () => {
    const ids = trainingCostChart.rows.map(r => r.factId)
    for (const id of ['r1-rl-cost', 'deepseek-hardware-spend', 'deepseek-server-capex'])
      expect(ids).not.toContain(id)
  })

  it('names its scale in words, and never promises bars on a log axis', () => {
    expect(trainingCostText.unit.log).toMatch(/log scale.*Dots, not bars/)
    expect(trainingCostText.unit.linear).toMatch(/bars start at \$0/)
    expect(trainingCostText.row(trainingCostChart.rows[3])).toBe('GPT-4 (all-in (Altman)): >$100M')
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(trainingCostChart.spec).toMatchObject({ chartId: 'training-cost', steps: 3 })
  })
})

describe('training-cost layout(width)', () => {
  describe.each([880, 360])('at width %i', (width) => {
    const l = trainingCostChart.layout(width)
    const extent = (p: { x: number, anchor: 'start' | 'end' }, text: string) => {
      const w = estimateTextWidth(text)
      return p.anchor === 'start' ? [p.x, p.x + w] : [p.x - w, p.x]
    }

    it('keeps every name and basis on the chart, clear of each other and of the plot', () => {
      l.bands.forEach((b, i) => {
        const row = trainingCostChart.rows[i]
        const [n0, n1] = extent(b.name, row.name)
        const [b0, b1] = extent(b.basis, row.basis)
        for (const x of [n0, n1, b0, b1]) {
          expect(x).toBeGreaterThanOrEqual(0)
          expect(x).toBeLessThanOrEqual(width)
        }
        // Same line: side by side; else one above the other.
        if (b.name.y === b.basis.y)
          expect(n1).toBeLessThanOrEqual(b0)
        else
          expect(Math.abs(b.name.y - b.basis.y)).toBeGreaterThanOrEqual(16)
        // Labels in a left column end before the plot; labels above a row sit above its mark.
        if (b.name.anchor === 'end')
          expect(n1).toBeLessThanOrEqual(l.left)
        else
          expect(b.name.y).toBeLessThan(b.y)
      })
    })

    it('draws dots on the log scale and zero-based bars on the linear one, inside the plot', () => {
      expect(l.linear.baseX).toBe(l.left)
      for (const d of l.log.dots)
        expect(d.cx).toBeLessThanOrEqual(width - l.right)
      expect(l.linear.x(0)).toBe(l.left)
    })

    it('keeps every value label (one decimal each) inside the chart on both scales', () => {
      trainingCostChart.rows.forEach((row, i) => {
        // As the component places it: past the dot or the bar's end, further past a floor's ▸.
        const gap = row.printed.startsWith('>') ? 22 : 8
        const tips = [l.log.dots[i].cx + 9, l.linear.bars[i].x + l.linear.bars[i].width]
        for (const tip of tips)
          expect(tip + gap + estimateTextWidth(row.display)).toBeLessThanOrEqual(width)
      })
    })
  })
})
