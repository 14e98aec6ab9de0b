import { describe, expect, it } from 'vitest'
import { getFact, numberFact } from '../facts'
import { appRankChart, appRankDays, appRankText } from './app-rank'

describe('app-rank chart definition', () => {
  it.each([
    { clicks: -1, series: ['appstore'], marks: 3 },
    { clicks: 0, series: ['appstore'], marks: 3 },
    { clicks: 1, series: ['appstore', 'play'], marks: 5 },
    { clicks: 2, series: ['appstore', 'play'], marks: 6 },
    { clicks: 999999, series: ['appstore', 'play'], marks: 6 },
  ])('click $clicks shows $marks marks', ({ clicks, series, marks }) => {
    const state = appRankChart.at(clicks)
    expect([...new Set(state.shownRows.map(r => r.series))]).toEqual(series)
    expect(state.marks).toBe(marks)
    expect(appRankChart.spec.marksAtStep(clicks)).toBe(marks)
    expect(state.step.includes('selloff')).toBe(marks === 6)
  })

  it('reads every rank and its day from the registry', () => {
    expect(appRankChart.rows).toHaveLength(5)
    for (const row of appRankChart.rows) {
      expect(row.rank).toBe(numberFact(row.factId))
      expect(row.date).toBe(getFact(row.factId).asOf)
    }
    expect(appRankChart.rows.map(r => r.rank)).toEqual([31, 1, 1, 133, 14])
    expect(appRankDays).toEqual({ from: '2025-01-24', to: '2025-01-27' })
  })

  it('labels each point: the rank, the store on the latest point, the day when approximate', () => {
    expect(appRankChart.rows.map(r => r.label)).toEqual(['#31 (about Jan 24)', '#1', '#1 App Store (US)', '#133', '#14 Google Play (US)'])
  })

  it('writes the sell-off marker, the title and the description from the registry', () => {
    expect(appRankText.sell).toEqual({ date: '2025-01-27', label: 'Nvidia −16.97%', sub: 'in one day' })
    expect(appRankChart.dataset.title).toBe('DeepSeek’s app rank, Jan 24–27, 2025, and the Monday sell-off')
    expect(appRankText.description).toContain('Google Play US: No. 133 on Jan 24, 2025, No. 14 on Jan 27, 2025')
    expect(appRankText.description).toMatch(/On Monday Jan 27, 2025, Nvidia's shares moved −16\.97%\.$/)
    expect(appRankChart.dataset.factIds).toContain('move-nvidia-pct')
  })
})
