import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { trainingCostChart } from './training-cost'

describe('training-cost chart definition', () => {
  it.each([
    { clicks: 0, names: ['DeepSeek-V3 final run'] },
    { clicks: 1, names: ['DeepSeek-V3 final run', 'GPT-4', 'GPT-4', 'Gemini Ultra'] },
    { clicks: 2, names: ['DeepSeek-R1 RL stage', 'DeepSeek-V3 final run', 'GPT-4', 'GPT-4', 'Gemini Ultra'] },
    { clicks: 999999, names: ['DeepSeek-R1 RL stage', 'DeepSeek-V3 final run', 'GPT-4', 'GPT-4', 'Gemini Ultra', 'DeepSeek hardware'] },
  ])('click $clicks shows $names.length bars', ({ clicks, names }) => {
    const state = trainingCostChart.at(clicks)
    expect(state.shownRows.map(r => r.name)).toEqual(names)
    expect(trainingCostChart.spec.marksAtStep(clicks)).toBe(names.length)
  })

  it('reads every cost from the registry', () => {
    for (const row of trainingCostChart.rows)
      expect(row.usd).toBe(numberFact(row.factId))
    expect(trainingCostChart.rows.find(r => r.factId === 'v3-final-run-cost')!.printed).toMatch(/^~?\$5\.\d+M$/)
  })
})
