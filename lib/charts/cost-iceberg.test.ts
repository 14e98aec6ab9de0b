import { describe, expect, it } from 'vitest'
import { numberOrEnd } from '../facts'
import { costIcebergChart, costIcebergText, stackSegments } from './cost-iceberg'

describe('cost-iceberg chart definition', () => {
  it.each([
    { clicks: -1, names: ['V3’s final run'] },
    { clicks: 0, names: ['V3’s final run'] },
    { clicks: 1, names: ['V3’s final run', 'R1’s own RL stage', 'pre-training experiments'] },
    { clicks: 2, names: ['V3’s final run', 'R1’s own RL stage', 'pre-training experiments', 'Running the clusters', 'GPU servers'] },
    { clicks: 999999, names: ['V3’s final run', 'R1’s own RL stage', 'pre-training experiments', 'Running the clusters', 'GPU servers'] },
  ])('click $clicks shows $names.length segments', ({ clicks, names }) => {
    expect(costIcebergChart.at(clicks).shownRows.map(r => r.name)).toEqual(names)
    expect(costIcebergChart.spec.marksAtStep(clicks)).toBe(names.length)
  })

  it('reads every estimate from the registry, the experiments as a range', () => {
    for (const row of costIcebergChart.rows)
      expect([row.low, row.high]).toEqual([numberOrEnd(row.factId, 'low'), numberOrEnd(row.factId, 'high')])
    expect(costIcebergChart.rows.map(r => r.printed)).toEqual(['$5.6M', '$294K', '~$11–22M', '~$944M', '~$1.6B'])
    const experiments = costIcebergChart.rows[2]
    expect(experiments.high / experiments.low).toBeCloseTo(2)
    expect(experiments.low).toBeCloseTo(2 * costIcebergChart.rows[0].low)
  })

  it('makes the counted tip a sliver: under 1% of everything stacked', () => {
    const segments = stackSegments(costIcebergChart.rows)
    const total = segments.at(-1)!.end
    expect(segments[0]).toEqual({ start: 0, lowEnd: 5.576e6, end: 5.576e6 })
    expect(segments[0].end / total).toBeLessThan(0.01)
    expect(total).toBeGreaterThan(2.5e9)
  })

  it('names the basis of every segment, and whose estimate it is', () => {
    const rows = costIcebergChart.rows
    expect(costIcebergText.callout(rows[0])).toBe('$5.6M · V3’s final run (what DeepSeek counted: 2.788M GPU-hours × $2 per GPU-hour)')
    expect(costIcebergText.callout(rows[2])).toBe('~$11–22M · pre-training experiments (Interconnects: 2–4× the run’s compute, same price)')
    expect(costIcebergText.inside(rows[4])).toEqual(['GPU servers ~$1.6B', 'capex, SemiAnalysis estimate'])
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(costIcebergChart.spec).toMatchObject({ chartId: 'cost-iceberg', steps: 3 })
  })
})

describe('stackSegments', () => {
  it('lays segments end to end; a range takes its high end', () => {
    expect(stackSegments([{ low: 1, high: 1 }, { low: 2, high: 4 }, { low: 3, high: 3 }])).toEqual([
      { start: 0, lowEnd: 1, end: 1 },
      { start: 1, lowEnd: 3, end: 5 },
      { start: 5, lowEnd: 8, end: 8 },
    ])
    expect(stackSegments([])).toEqual([])
  })

  it.each([
    { low: -1, high: 1 },
    { low: 2, high: 1 },
    { low: Number.NaN, high: 1 },
  ])('rejects $low–$high', (row) => {
    expect(() => stackSegments([row])).toThrow(TypeError)
  })
})
