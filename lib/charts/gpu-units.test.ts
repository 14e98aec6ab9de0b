import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { gpuUnitsChart, gpuUnitsText } from './gpu-units'

describe('gpu-units chart definition', () => {
  it.each([
    { clicks: -1, names: ['DeepSeek-V3'], gpus: 2048 },
    { clicks: 0, names: ['DeepSeek-V3'], gpus: 2048 },
    { clicks: 1, names: ['DeepSeek-V3', 'Llama 3.1 405B'], gpus: 18432 },
    { clicks: 2, names: ['DeepSeek-V3', 'Llama 3.1 405B', 'xAI Colossus'], gpus: 118432 },
    { clicks: 999999, names: ['DeepSeek-V3', 'Llama 3.1 405B', 'xAI Colossus'], gpus: 118432 },
  ])('click $clicks shows $names.length fleets, $gpus GPUs', ({ clicks, names, gpus }) => {
    const state = gpuUnitsChart.at(clicks)
    expect(state.shownRows.map(r => r.name)).toEqual(names)
    expect(state.shownRows.reduce((n, r) => n + r.gpus, 0)).toBe(gpus)
    expect(gpuUnitsChart.spec.marksAtStep(clicks)).toBe(names.length)
  })

  it('reads every count and multiple from the registry', () => {
    for (const row of gpuUnitsChart.rows)
      expect(row.gpus).toBe(numberFact(row.factId))
    expect(gpuUnitsChart.rows.map(r => r.multiple)).toEqual(['', '8×', '≈49×'])
    expect(gpuUnitsChart.dataset.factIds).toEqual([
      'v3-gpu-count',
      'llama31-405b-gpu-count',
      'llama31-v3-gpu-count-multiple',
      'colossus-gpu-count',
      'colossus-v3-gpu-count-multiple',
    ])
  })

  it('labels each fleet as a run or a cluster, with its count and multiple', () => {
    expect(gpuUnitsChart.rows.map(r => [r.title, r.count])).toEqual([
      ['DeepSeek-V3 run', '2,048 H800s'],
      ['Llama 3.1 405B run', '16,384 H100s (8× V3)'],
      ['xAI Colossus cluster', '100,000 H100s (≈49× V3)'],
    ])
    expect(gpuUnitsText.unit).toBe('GPUs, one dot each: 2,048 + 16,384 + 100,000 dots in all')
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(gpuUnitsChart.id).toBe('gpu-units')
    expect(gpuUnitsChart.dataset.id).toBe('gpu-units')
    expect(gpuUnitsChart.spec).toMatchObject({ chartId: 'gpu-units', steps: 3 })
  })
})
