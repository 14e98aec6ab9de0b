import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { usagePriceChart, usagePriceText } from './usage-price'

describe('usage-price chart definition', () => {
  it.each([
    { clicks: -1, bars: 1 },
    { clicks: 0, bars: 1 },
    { clicks: 1, bars: 2 },
    { clicks: 2, bars: 4 },
    { clicks: 999999, bars: 4 },
  ])('click $clicks shows $bars bars', ({ clicks, bars }) => {
    expect(usagePriceChart.at(clicks).shownRows).toEqual(usagePriceChart.rows.slice(0, bars))
    expect(usagePriceChart.spec.marksAtStep(clicks)).toBe(bars)
  })

  it('reads every price from the registry', () => {
    for (const row of usagePriceChart.rows)
      expect(row.usd).toBe(numberFact(row.factId))
    expect(usagePriceChart.rows.map(r => r.printed)).toEqual(['$2.19', '$60', '$0.55', '$15'])
  })

  it('prints the gaps and DeepSeek’s claim from the registry, the claim attributed', () => {
    expect(usagePriceText.gap).toEqual({ output: '≈27× cheaper', input: '≈27× cheaper' })
    expect(usagePriceText.claim).toBe('DeepSeek’s own claim, reported by Reuters: 20–50× cheaper, depending on the task')
    expect(usagePriceChart.dataset.factIds).toEqual(expect.arrayContaining(['price-gap-multiple', 'price-gap-multiple-input', 'price-gap-reuters-range']))
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(usagePriceChart.spec).toMatchObject({ chartId: 'usage-price', steps: 3 })
    expect(usagePriceText.row(usagePriceChart.rows[0])).toBe('DeepSeek-R1, output tokens: $2.19 per 1M')
  })
})
