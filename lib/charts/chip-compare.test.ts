import { describe, expect, it } from 'vitest'
import { numberFact, textFact } from '../facts'
import { chipCompareChart, chipCompareText } from './chip-compare'

describe('chip-compare chart definition', () => {
  it.each([
    { clicks: -1, marks: 1, said: 'H100 chip-to-chip link: 900 GB/s' },
    { clicks: 0, marks: 1, said: 'H100 chip-to-chip link: 900 GB/s' },
    { clicks: 1, marks: 2, said: 'H800: 400 GB/s, cut by the export rule' },
    { clicks: 2, marks: 3, said: 'H800 compute per chip: not cut: about the same as the H100' },
    { clicks: 999999, marks: 3, said: 'H800 compute per chip: not cut: about the same as the H100' },
  ])('click $clicks shows $marks marks', ({ clicks, marks, said }) => {
    const state = chipCompareChart.at(clicks)
    expect(state.marks).toBe(marks)
    expect(state.shownRows).toEqual(chipCompareChart.rows.slice(0, marks))
    expect(chipCompareChart.spec.marksAtStep(clicks)).toBe(marks)
    expect(chipCompareText.said[marks - 1]).toBe(said)
  })

  it('reads link speeds as numbers and compute as words from the registry', () => {
    const [h100, h800, compute] = chipCompareChart.rows
    expect([h100.value, h800.value]).toEqual([numberFact('h100-nvlink-bandwidth'), numberFact('h800-nvlink-bandwidth')])
    expect([h100.value, h800.value]).toEqual([900, 400])
    expect(compute.value).toBe(textFact('h800-compute-vs-h100'))
    expect(chipCompareText.unit).toBe('Chip-to-chip bandwidth in GB/s (bars start at zero); compute in words')
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(chipCompareChart.dataset.id).toBe('chip-compare')
    expect(chipCompareChart.spec).toMatchObject({ chartId: 'chip-compare', steps: 3 })
  })
})
