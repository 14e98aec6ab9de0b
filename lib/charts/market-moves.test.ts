import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { marketMovesChart, marketMovesText, MOVE_GROUPS } from './market-moves'

describe('market-moves chart definition', () => {
  it.each([
    { clicks: -1, groups: ['index'], marks: 3 },
    { clicks: 0, groups: ['index'], marks: 3 },
    { clicks: 1, groups: ['index', 'chips'], marks: 8 },
    { clicks: 2, groups: ['index', 'chips', 'rest'], marks: 13 },
    { clicks: 999999, groups: ['index', 'chips', 'rest'], marks: 13 },
  ])('click $clicks shows $marks bars', ({ clicks, groups, marks }) => {
    const state = marketMovesChart.at(clicks)
    expect([...new Set(state.shownRows.map(r => r.group))]).toEqual(groups)
    expect(state.marks).toBe(marks)
    expect(marketMovesChart.spec.marksAtStep(clicks)).toBe(marks)
  })

  it('reads every move from the registry', () => {
    for (const row of marketMovesChart.rows)
      expect(row.pct).toBe(numberFact(row.factId))
    const nvidia = marketMovesChart.rows.find(r => r.name === 'Nvidia')!
    expect(nvidia).toMatchObject({ pct: -16.97, printed: '−16.97%' })
    expect(marketMovesChart.rows.find(r => r.name === 'Dow Jones')!.printed).toBe('+0.65%')
  })

  it('dates the unit line, title and description from the registry', () => {
    expect(marketMovesText.unit).toBe('% change in one trading day, Mon Jan 27, 2025')
    expect(marketMovesChart.dataset.title).toBe('One day, two directions: moves on Jan 27, 2025')
    expect(marketMovesText.description).toMatch(/^Percentage change on Jan 27, 2025\. Fell: Marvell -19\.1%, /)
    expect(marketMovesText.description).toContain('Rose: ')
  })

  it('names the three groups in step order and marks Nvidia\'s row, and only it', () => {
    expect(MOVE_GROUPS.map(g => g.label)).toEqual(['Indexes', 'Chipmakers', 'Others'])
    expect(MOVE_GROUPS.map(g => g.group)).toEqual(marketMovesChart.steps.at(-1))
    expect(marketMovesChart.rows.filter(r => r.nvidia).map(r => r.name)).toEqual(['Nvidia'])
  })
})
