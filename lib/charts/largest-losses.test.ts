import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { numberOrEnd } from '../facts'
import { largestLossesChart, largestLossesText, recordMultiple } from './largest-losses'

describe('largest-losses chart definition', () => {
  it.each([
    { clicks: -1, companies: ['Nvidia', 'Meta', 'Apple'], latest: false },
    { clicks: 0, companies: ['Nvidia', 'Meta', 'Apple'], latest: false },
    { clicks: 1, companies: ['Nvidia', 'Nvidia', 'Meta', 'Apple'], latest: true },
    { clicks: 999999, companies: ['Nvidia', 'Nvidia', 'Meta', 'Apple'], latest: true },
  ])('click $clicks shows $companies.length bars', ({ clicks, companies, latest }) => {
    const state = largestLossesChart.at(clicks)
    expect(state.shownRows.map(r => r.company)).toEqual(companies)
    expect(state.shownRows.some(r => r.latest)).toBe(latest)
    expect(largestLossesChart.spec.marksAtStep(clicks)).toBe(companies.length)
  })

  it('reads every loss, range and day from the registry', () => {
    for (const row of largestLossesChart.rows) {
      expect(row.low).toBe(numberOrEnd(row.factId, 'low'))
      expect(row.high).toBe(numberOrEnd(row.factId, 'high'))
    }
    expect(largestLossesChart.rows[0]).toMatchObject({ date: '2025-01-27', low: 589e9, high: 593e9, printed: '$589–593B', latest: true })
    expect(largestLossesChart.rows.map(r => r.date)).toEqual(['2025-01-27', '2024-09-03', '2022-02-03', '2020-09-03'])
  })

  it('bears out the slide\'s claim: the newest loss is more than twice the previous record', () => {
    expect(recordMultiple).toBeCloseTo(589 / 279, 6)
    const slide = readFileSync(resolve(__dirname, '../../pages/05-market.md'), 'utf8')
    const claim = slide.match(/<LargestLossesChart[^>]*\sclaim="([^"]+)"/)?.[1]
    expect(claim).toBe('more than twice the previous record')
    expect(recordMultiple).toBeGreaterThan(2)
  })

  it('describes the records oldest first, with the claim only when the slide gives one', () => {
    const text = largestLossesText.description('more than twice the previous record')
    expect(text).toMatch(/^Record one-day losses of market value, oldest first\. Apple, Sep 3, 2020: ~\$180B; /)
    expect(text).toMatch(/Nvidia, Jan 27, 2025: \$589–593B\. The Jan 27, 2025 loss is more than twice the previous record\.$/)
    expect(largestLossesText.description()).toMatch(/\$589–593B\.$/)
  })
})
