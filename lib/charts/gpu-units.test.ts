import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { gpuUnitsChart, gpuUnitsText } from './gpu-units'

describe('gpu-units chart definition', () => {
  it.each([
    { clicks: -1, names: ['DeepSeek-V3'], gpus: 2048 },
    { clicks: 0, names: ['DeepSeek-V3'], gpus: 2048 },
    { clicks: 1, names: ['DeepSeek-V3', 'Llama 3.1 405B', 'GPT-4'], gpus: 43432 },
    { clicks: 2, names: ['DeepSeek-V3', 'Llama 3.1 405B', 'GPT-4', 'xAI Colossus'], gpus: 143432 },
    { clicks: 999999, names: ['DeepSeek-V3', 'Llama 3.1 405B', 'GPT-4', 'xAI Colossus'], gpus: 143432 },
  ])('click $clicks shows $names.length fleets, $gpus GPUs', ({ clicks, names, gpus }) => {
    const state = gpuUnitsChart.at(clicks)
    expect(state.shownRows.map(r => r.name)).toEqual(names)
    expect(state.shownRows.reduce((n, r) => n + r.gpus, 0)).toBe(gpus)
    expect(gpuUnitsChart.spec.marksAtStep(clicks)).toBe(names.length)
  })

  it('reads every count and multiple from the registry', () => {
    for (const row of gpuUnitsChart.rows)
      expect(row.gpus).toBe(numberFact(row.factId))
    expect(gpuUnitsChart.rows.map(r => r.multiple)).toEqual(['', '8×', '', '≈49×'])
    expect(gpuUnitsChart.dataset.factIds).toEqual([
      'v3-gpu-count',
      'llama31-405b-gpu-count',
      'llama31-v3-gpu-count-multiple',
      'gpt4-gpu-count',
      'colossus-gpu-count',
      'colossus-v3-gpu-count-multiple',
    ])
  })

  it('labels each fleet as a run or a cluster, with its count, and the leak as a leak', () => {
    expect(gpuUnitsChart.rows.map(r => [r.title, r.count])).toEqual([
      ['DeepSeek-V3 run', '2,048 H800s'],
      ['Llama 3.1 405B run', '16,384 H100s (8× V3)'],
      ['GPT-4 run', '~25,000 A100s (leak)'],
      ['xAI Colossus cluster', '100,000 H100s (≈49× V3)'],
    ])
    expect(gpuUnitsText.unit).toBe('GPUs: one square = 1,000; a part-square is the remainder. Outlined: a leak, not confirmed.')
    expect(gpuUnitsText.key).toBe('= 1,000 GPUs')
  })

  it('keeps every label within a column of ten squares plus the gap', () => {
    for (const row of gpuUnitsChart.rows) {
      expect(estimateTextWidth(row.title)).toBeLessThanOrEqual(196 + 28)
      expect(estimateTextWidth(row.count)).toBeLessThanOrEqual(196 + 28)
    }
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(gpuUnitsChart.id).toBe('gpu-units')
    expect(gpuUnitsChart.spec).toMatchObject({ chartId: 'gpu-units', steps: 3 })
  })
})
