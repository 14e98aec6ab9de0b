import { describe, expect, it } from 'vitest'
import { getFact, numberFact } from '../facts'
import { nvidiaRunChart as chart, nvidiaRunText as text, rankWords, trillionTick, trillionsPassed } from './nvidia-run'

describe('nvidia-run chart definition', () => {
  it.each([
    { clicks: -1, dates: ['2023-06-13', '2024-03-01', '2024-06-05', '2024-06-18'] },
    { clicks: 0, dates: ['2023-06-13', '2024-03-01', '2024-06-05', '2024-06-18'] },
    { clicks: 1, dates: ['2023-06-13', '2024-03-01', '2024-06-05', '2024-06-18', '2025-01-06', '2025-01-24'] },
    { clicks: 2, dates: ['2023-06-13', '2024-03-01', '2024-06-05', '2024-06-18', '2025-01-06', '2025-01-24', '2025-01-27', '2025-02-03'] },
    { clicks: 999999, dates: ['2023-06-13', '2024-03-01', '2024-06-05', '2024-06-18', '2025-01-06', '2025-01-24', '2025-01-27', '2025-02-03'] },
  ])('click $clicks shows the closes up to $dates.length', ({ clicks, dates }) => {
    const state = chart.at(clicks)
    expect(state.shownRows.map(r => r.date)).toEqual(dates)
    expect(chart.spec.marksAtStep(clicks)).toBe(dates.length)
  })

  it('reads every value and date from the registry, in date order', () => {
    for (const row of chart.rows) {
      expect(row.usd).toBe(numberFact(row.factId))
      expect(row.date).toBe(getFact(row.factId).asOf)
    }
    const dates = chart.rows.map(r => r.date)
    expect(dates).toEqual([...dates].sort())
    expect(chart.rows.map(r => r.printed)).toEqual(['$1.01T', '$2.06T', '$3.019T', '$3.335T', '$3.66T', '≈$3.49T', '≈$2.9T', '≈$2.86T'])
  })

  it('words each milestone from its value, rank and the day\'s move', () => {
    expect(chart.rows.map(r => r.what)).toEqual([
      'first close above $1T',
      'first close above $2T',
      'first close above $3T',
      'passes Microsoft: No. 1',
      'record close',
      'last close before the fall',
      '−16.97% in one day',
      'a week later',
    ])
    expect(rankWords('nvidia-rank-2025-01-27')).toBe('No. 3')
    expect(trillionsPassed(3.019e12)).toBe('$3T')
    expect(() => trillionsPassed(9e11)).toThrow(/under \$1T/)
    expect([0, 1e12, 4e12].map(trillionTick)).toEqual(['$0', '$1T', '$4T'])
  })

  it('draws only the Jan 24 → Jan 27 join as a real one-day move', () => {
    expect(chart.rows.filter(r => r.dayAfterPrevious).map(r => r.date)).toEqual(['2025-01-27'])
  })

  it('says what the lines are, and names the closes in the text alternative', () => {
    expect(text.unit).toMatch(/split of June 2024/)
    expect(text.panelTitle).toBe('Jan 6 to Feb 3, 2025')
    expect(text.panel(chart.rows[6])).toEqual(['Jan 27: ≈$2.9T', '−16.97% in one day'])
    expect(text.label(chart.rows[0])).toEqual(['$1.01T, Jun 13, 2023', 'first close above $1T'])
    expect(text.description).toMatch(/^Nvidia’s market value at reported closes\. Jun 13, 2023: \$1\.01T, first close above \$1T; /)
    expect(text.description).toMatch(/they are not the daily path\.$/)
  })
})
