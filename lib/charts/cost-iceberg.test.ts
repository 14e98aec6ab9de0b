import { describe, expect, it } from 'vitest'
import { numberOrEnd, printedFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { costIcebergChart, costIcebergText } from './cost-iceberg'

const names = (clicks: number) => costIcebergChart.at(clicks).shownRows.map(r => r.factId)

describe('cost-iceberg chart definition', () => {
  it('shows the counted run, then the training left out, then the fleet', () => {
    expect(names(-1)).toEqual(['v3-final-run-cost'])
    expect(names(0)).toEqual(['v3-final-run-cost'])
    expect(names(1)).toEqual(['v3-final-run-cost', 'v3-experiments-cost', 'r1-rl-cost'])
    expect(names(2)).toEqual(['v3-final-run-cost', 'v3-experiments-cost', 'r1-rl-cost', 'deepseek-server-capex', 'deepseek-cluster-opex'])
    expect(names(999999)).toEqual(names(2))
  })

  it('reads every estimate from the registry, the experiments as a range', () => {
    for (const row of costIcebergChart.rows) {
      expect([row.low, row.high]).toEqual([numberOrEnd(row.factId, 'low'), numberOrEnd(row.factId, 'high')])
      expect(row.printed).toBe(printedFact(row.factId))
    }
    const experiments = costIcebergChart.rows.find(r => r.factId === 'v3-experiments-cost')!
    expect(experiments.high).toBeGreaterThan(experiments.low)
  })

  it('names the basis and whose estimate each bar is', () => {
    for (const row of costIcebergChart.rows)
      expect(costIcebergText.label(row)).toMatch(/\((DeepSeek|Interconnects|SemiAnalysis)[,)]/)
    expect(costIcebergText.unit).toMatch(/do not add up/)
  })
})

describe.each([880, 360])('cost-iceberg layout at %i', (width) => {
  const geo = costIcebergChart.layout(width)

  it('puts every bar on one scale from $0, each its own row, in proportion', () => {
    const rows = costIcebergChart.rows
    const per = (geo.x1 - geo.x0) / Math.max(...rows.map(r => r.high))
    rows.forEach((r, i) => {
      expect(geo.rows[i].lowWidth).toBeCloseTo(r.low * per, 6)
      expect(geo.rows[i].lowWidth + geo.rows[i].rangeWidth).toBeCloseTo(r.high * per, 6)
    })
    expect(geo.ticks[0]).toMatchObject({ at: geo.x0, label: '$0' })
    // Not stacked: no bar starts past $0.
    for (let i = 1; i < geo.rows.length; i++)
      expect(geo.rows[i].barY).toBeGreaterThan(geo.rows[i - 1].barY + geo.bar)
  })

  it('keeps words and values inside the chart and clear of each other', () => {
    const boxes: { x0: number, x1: number, y0: number, y1: number }[] = []
    for (const r of geo.rows) {
      r.lines.forEach(line => boxes.push({ x0: geo.x0, x1: geo.x0 + line.parts.reduce((w, p, j) => w + (j ? 6 : 0) + estimateTextWidth(p.text) * (p.muted ? 1 : 1.1), 0), y0: line.y - 14, y1: line.y + 4 }))
      boxes.push({ x0: r.valueX, x1: r.valueX + estimateTextWidth(r.value), y0: r.valueY - 14, y1: r.valueY + 4 })
      // The value sits past its bar, or clear of it below the words.
      expect(r.valueX).toBeGreaterThanOrEqual(geo.x0 + r.lowWidth + r.rangeWidth)
    }
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0)
      expect(b.x1).toBeLessThanOrEqual(width)
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]]
        expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true)
      }
    }
    expect(geo.height).toBeGreaterThan(geo.axisY)
  })
})
