import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { gpuHoursChart, gpuHoursText } from './gpu-hours'

describe('gpu-hours chart definition', () => {
  it.each([
    { clicks: -1, names: ['DeepSeek-V3'], ratio: false },
    { clicks: 0, names: ['DeepSeek-V3'], ratio: false },
    { clicks: 1, names: ['DeepSeek-V3', 'Llama 3.1 405B'], ratio: false },
    { clicks: 2, names: ['DeepSeek-V3', 'Llama 3.1 405B'], ratio: true },
    { clicks: 999999, names: ['DeepSeek-V3', 'Llama 3.1 405B'], ratio: true },
  ])('click $clicks shows $names.length bars, ratio $ratio', ({ clicks, names, ratio }) => {
    const state = gpuHoursChart.at(clicks)
    expect(state.shownRows.map(r => r.name)).toEqual(names)
    expect(state.step.ratio).toBe(ratio)
    expect(gpuHoursChart.spec.marksAtStep(clicks)).toBe(names.length)
  })

  it('reads the GPU-hours and the ratio from the registry', () => {
    for (const row of gpuHoursChart.rows)
      expect(row.gpuHours).toBe(numberFact(row.factId))
    expect(gpuHoursChart.rows.map(r => r.printed)).toEqual(['2.788M', '30.84M'])
    expect(gpuHoursText.ratio).toBe('≈11× V3')
    expect(gpuHoursChart.dataset.factIds).toContain('llama31-v3-gpu-hours-multiple')
  })

  it('builds its words from the rows', () => {
    expect(gpuHoursText.note).toBe('H800 and H100 have about the same compute per chip, so their hours compare.')
    expect(gpuHoursText.ratioSentence).toBe('Llama 3.1 405B used ≈11× V3\'s compute.')
    expect(gpuHoursText.row(gpuHoursChart.rows[0])).toBe('DeepSeek-V3: 2.788M H800 GPU-hours')
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(gpuHoursChart.dataset.id).toBe('gpu-hours')
    expect(gpuHoursChart.spec).toMatchObject({ chartId: 'gpu-hours', steps: 3 })
  })
})
