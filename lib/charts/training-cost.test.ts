import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { trainingCostChart, trainingCostText } from './training-cost'

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
