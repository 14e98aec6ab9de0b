import { describe, expect, it } from 'vitest'
import { FACTS_CHECKED } from '../../data/checked'
import { sources } from '../../data/sources'
import { monthYear } from '../dates'
import { dateFact, getFact, printedFact } from '../facts'
import { collisions } from '../timeline/collisions'
import { afterJanuary2025Chart as chart } from './after-january-2025'

const shown = (clicks: number) => chart.at(clicks).shownRows.map(r => r.id)
const RULES = ['h20-licence', 'h20-15pct', 'h200-25pct']
const DEEPSEEK = ['r1-0528', 'v3-1', 'r1-paper', 'v3-2', 'v4-preview']

describe('after-january-2025 chart definition', () => {
  it.each([
    { clicks: 0, ids: RULES },
    { clicks: 1, ids: [...RULES, ...DEEPSEEK] },
    { clicks: 2, ids: [...RULES, ...DEEPSEEK, 'avoid-h20', 'h20-charge'] },
  ])('click $clicks shows $ids.length events: US rules, then DeepSeek, then Beijing and Nvidia', ({ clicks, ids }) => {
    expect([...shown(clicks)].sort()).toEqual([...ids].sort())
    expect(chart.spec.marksAtStep(clicks)).toBe(ids.length)
  })

  it('has three steps (its slide declares clicks: 2)', () => {
    expect(chart.spec.steps).toBe(3)
  })

  it('runs from March 2025 to the day the facts were checked, and says so', () => {
    expect(chart.layout(880).ticks.filter(t => t.major).map(t => t.label)).toEqual(['2026'])
    expect(chart.dataset.title).toMatch(/to December 2026/)
    expect(chart.unit).toContain(FACTS_CHECKED.label)
  })

  it.each([
    { id: 'h20-licence', fact: 'control-2025-04-h20', words: 'H20 needs a licence' },
    { id: 'h20-15pct', fact: 'h20-revenue-share-deal', words: 'H20 licences for 15% of sales' },
    { id: 'h200-25pct', fact: 'h200-approved-25pct', words: 'H200 allowed, 25% to the US' },
    { id: 'avoid-h20', fact: 'china-avoid-h20', words: 'firms told to avoid the H20' },
    { id: 'v4-preview', fact: 'deepseek-v4-preview', words: 'V4 preview' },
  ])('dates $id from its registry fact, the year on the label', ({ id, fact, words }) => {
    const e = chart.layout(880).events.find(ev => ev.id === id)!
    expect(e.date).toBe(dateFact(fact))
    expect(e.text).toBe(`${monthYear(dateFact(fact))} ${words}`)
    expect(e.text).toMatch(/ 202[56] /)
  })

  it('prints the Nature paper\'s RL cost and Nvidia\'s charge as the registry does', () => {
    const text = (id: string) => chart.layout(880).events.find(e => e.id === id)!.text
    expect(text('r1-paper')).toContain(printedFact('r1-rl-cost'))
    expect(text('h20-charge')).toContain(printedFact('h20-charge-usd'))
    expect(chart.rows.find(r => r.id === 'r1-paper')!.what).toBe(getFact('r1-cost-disclosure').label)
  })

  it('cites a source for every event, each with a link or marked as having none', () => {
    for (const id of chart.dataset.factIds) {
      for (const sid of getFact(id).sources) {
        const s = sources.find(src => src.id === sid)!
        expect(s, sid).toBeDefined()
        expect(Boolean(s.url) || s.noPublicCopy === true).toBe(true)
      }
    }
  })

  it('colours China\'s lanes blue, US rules orange and Nvidia plum', () => {
    expect(chart.laneTones).toEqual({ rules: 'us', deepseek: 'deepseek', beijing: 'deepseek', nvidia: 'nvidia' })
  })

  describe.each([880, 400, 360])('at width %i', (width) => {
    const layout = chart.layout(width)
    it('has no overlapping labels, no touching dots, no label off the chart, and text of 16 units or more', () => {
      expect(collisions(layout)).toEqual({ labels: [], leaders: [], dots: [], outside: [] })
      expect(layout.fontSize).toBeGreaterThanOrEqual(16)
    })
  })

  it('is laid out roomier on its slide, with no label crossing a leader, and fits', () => {
    expect(chart.layout(880).fontSize).toBeGreaterThan(chart.layout(360).fontSize)
    expect(chart.layout(880).crossings).toBe(0)
    expect(chart.layout(880).height).toBeLessThanOrEqual(360)
  })
})
