import { describe, expect, it } from 'vitest'
import { getFact, numberFact } from '../facts'
import { dotcomChart as chart, dotcomText as text } from './dotcom'

describe('dotcom chart definition', () => {
  it.each([
    { clicks: -1, points: ['peak', 'low'], bars: ['crash'] },
    { clicks: 0, points: ['peak', 'low'], bars: ['crash'] },
    { clicks: 1, points: ['peak', 'low', 'record'], bars: ['crash'] },
    { clicks: 2, points: ['peak', 'low', 'record', 'jan27'], bars: ['crash', 'jan27'] },
    { clicks: 999999, points: ['peak', 'low', 'record', 'jan27'], bars: ['crash', 'jan27'] },
  ])('click $clicks shows $points and the bars $bars', ({ clicks, points, bars }) => {
    const state = chart.at(clicks)
    expect(state.shownRows.map(r => r.key)).toEqual(points)
    expect(state.step.bars).toEqual(bars)
    expect(chart.spec.marksAtStep(clicks)).toBe(points.length + bars.length)
  })

  it('reads every milestone close and date from the registry', () => {
    for (const row of chart.rows) {
      expect(row.close).toBe(numberFact(row.factId))
      expect(row.date).toBe(getFact(row.factId).asOf)
    }
    expect(chart.rows.map(r => r.date)).toEqual(['2000-03-10', '2002-10-09', '2015-04-23', '2025-01-27'])
  })

  it('labels the bars from the milestone dates and compares the falls as positive percentages', () => {
    expect(text.falls.map(f => f.label)).toEqual(['Mar 2000 → Oct 2002', 'Jan 27, 2025, one day'])
    expect(text.falls.map(f => f.pct)).toEqual([78, 3.07])
    expect(text.falls.map(f => f.printed)).toEqual(['−78%', '−3.07%'])
    expect(text.dayPoints).toBe(612.47)
  })

  it('builds the annotations and the text alternative from the registry', () => {
    expect(text.recovery).toBe('~15 years from record close to record close')
    expect(text.dayClose).toBe('19,341.83 on Jan 27, 2025')
    expect(text.dayFall).toBe('−3.07% that day')
    expect(text.description).toContain('Dot-com peak (record close), Mar 10, 2000: 5,048.62')
    expect(text.description).toMatch(/fell −78%, and it took ~15 years .* On Jan 27, 2025 it fell −3\.07% in one day\.$/)
  })
})
