import { describe, expect, it } from 'vitest'
import { getFact, numberFact } from '../facts'
import { billionaireLossesChart as chart, billionaireLossesText as text } from './billionaire-losses'

describe('billionaire-losses chart definition', () => {
  it.each([
    { clicks: -1, keys: ['total'] },
    { clicks: 0, keys: ['total'] },
    { clicks: 1, keys: ['total', 'tech'] },
    { clicks: 2, keys: ['total', 'tech', 'ellison', 'huang'] },
    { clicks: 999999, keys: ['total', 'tech', 'ellison', 'huang'] },
  ])('click $clicks shows $keys', ({ clicks, keys }) => {
    expect(chart.at(clicks).shownRows.map(r => r.key)).toEqual(keys)
    expect(chart.spec.marksAtStep(clicks)).toBe(keys.length)
  })

  it('reads every loss from the Bloomberg index facts of one day', () => {
    for (const row of chart.rows) {
      expect(row.usd).toBe(numberFact(row.factId))
      expect(getFact(row.factId).asOf).toBe('2025-01-27')
      expect(getFact(row.factId).label).toMatch(/Bloomberg Billionaires Index/)
    }
    expect(chart.rows.map(r => r.printed)).toEqual(['$108B', '$94B', '$22.6B', '$20.1B'])
  })

  it('names the rows from the registry and marks Huang\'s as Nvidia\'s', () => {
    expect(chart.rows.map(r => [r.name, r.detail])).toEqual([
      ['The 500 richest', 'combined'],
      ['Tech fortunes', 'part of the combined loss'],
      ['Larry Ellison', 'Oracle'],
      ['Jensen Huang', 'Nvidia'],
    ])
    expect(chart.rows.filter(r => r.nvidia).map(r => r.key)).toEqual(['huang'])
  })

  it('attributes the figures to the index in the title, unit and text alternative', () => {
    expect(chart.dataset.title).toMatch(/Bloomberg Billionaires Index$/)
    expect(text.unit).toBe('USD of wealth lost on Jan 27, 2025, Bloomberg Billionaires Index; bars start at zero')
    expect(text.description).toMatch(/^Wealth lost on Jan 27, 2025 by the Bloomberg Billionaires Index: The 500 richest \(combined\): \$108B; /)
  })
})
