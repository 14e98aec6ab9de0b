import { describe, expect, it } from 'vitest'
import { dateFact, getFact, printedFact } from '../facts'
import { originTimelineChart as chart } from './origin-timeline'

const ids = (clicks: number) => chart.at(clicks).shownRows.map(r => `${r.kind}:${r.id}`)
const STEP_0 = ['band:no-rule', 'event:highflyer-founded', 'event:highflyer-a100-purchase', 'band:licence']
const STEP_1 = [...STEP_0, 'event:deepseek-founded', 'event:deepseek-v2-release']
const STEP_2 = [...STEP_1, 'event:deepseek-v3-release', 'event:deepseek-app-launch', 'event:deepseek-r1-release']

describe('origin-timeline chart definition', () => {
  it.each([
    { clicks: -1, marks: 4, shown: STEP_0 },
    { clicks: 0, marks: 4, shown: STEP_0 },
    { clicks: 1, marks: 6, shown: STEP_1 },
    { clicks: 2, marks: 9, shown: STEP_2 },
    { clicks: 999999, marks: 9, shown: STEP_2 },
  ])('click $clicks shows $marks marks', ({ clicks, marks, shown }) => {
    expect(chart.spec.marksAtStep(clicks)).toBe(marks)
    expect(ids(clicks)).toEqual(shown)
  })

  it('has three steps (the Act 2 slide declares clicks: 2) and one id', () => {
    expect(chart.spec.steps).toBe(3)
    expect([chart.id, chart.dataset.id, chart.spec.chartId]).toEqual(['origin-timeline', 'origin-timeline', 'origin-timeline'])
  })

  it.each([
    { id: 'highflyer-founded', date: '2015', text: '2015 quant fund founded by Liang Wenfeng' },
    { id: 'highflyer-a100-purchase', date: '2021', text: `2021 ${printedFact('highflyer-a100-count')} Nvidia A100s bought` },
    { id: 'deepseek-founded', date: '2023-05', text: 'May 2023 DeepSeek spun out in Hangzhou' },
    { id: 'deepseek-v2-release', date: '2024-05', text: 'May 2024 V2' },
    { id: 'deepseek-v3-release', date: '2024-12-26', text: 'Dec 26, 2024 V3' },
    { id: 'deepseek-app-launch', date: '2025-01-10', text: 'Jan 10, 2025 app' },
    { id: 'deepseek-r1-release', date: '2025-01-20', text: 'Jan 20, 2025 R1, built on V3' },
  ])('dates $id from the registry ($date)', ({ id, date, text }) => {
    const event = chart.layout(880).events.find(e => e.id === id)!
    expect(event.date).toBe(dateFact(event.factId!))
    expect(event.date).toBe(date)
    expect(event.text).toBe(text)
    expect(chart.rows.find(r => r.kind === 'event' && r.id === id)!.what).toBe(getFact(id).label)
  })

  it('prints the A100 count as the registry does', () => {
    expect(chart.layout(880).events.find(e => e.id === 'highflyer-a100-purchase')!.label).toBe('~10,000 Nvidia A100s bought')
  })

  it('splits the US-rules row at the Aug 2022 licence letter', () => {
    const [noRule, licence] = chart.layout(880).bands
    expect([noRule.start, noRule.end, licence.start, licence.end]).toEqual([null, '2022-08-26', '2022-08-26', null])
    expect(noRule.end).toBe(dateFact('control-2022-08-nvidia-letter'))
  })

  it('cites every fact behind its dates and figures, and a short list on the slide', () => {
    expect(chart.dataset.factIds).toEqual([
      'highflyer-founded', 'highflyer-a100-purchase', 'deepseek-founded', 'deepseek-v2-release', 'deepseek-v3-release',
      'deepseek-app-launch', 'deepseek-r1-release', 'highflyer-a100-count', 'control-2022-08-nvidia-letter',
    ])
    expect(chart.sourceFactIds).toEqual(['highflyer-a100-purchase', 'deepseek-v2-release'])
  })

  it('lays its labels out cleanly and fits the slide', () => {
    expect(chart.layout(880).crossings).toBe(0)
    expect(chart.layout(880).height).toBeLessThanOrEqual(330)
    expect(chart.description).toMatch(/^Timeline, 2015 to 2025, on a broken axis\. before 2022 to 2022-08-26: US rules, /)
  })

  describe('the broken axis', () => {
    const { pieces, breaks, events, ticks } = chart.layout(880)
    const x = (id: string) => events.find(e => e.id === id)!.x
    const width = (i: number) => pieces[i].x1 - pieces[i].x0

    it('has three pieces, the fund\'s years narrow and the four weeks to R1 widest', () => {
      expect(pieces.map(p => [p.from, p.to])).toEqual([['2014-07-01', '2022-01-01'], ['2022-01-01', '2024-12-01'], ['2024-12-01', '2025-02-15']])
      expect(breaks).toHaveLength(2)
      expect(width(2)).toBeGreaterThan(width(1))
      expect(width(1)).toBeGreaterThan(width(0))
    })

    it('gives 2023–25 most of the width (they had a fifth of it on one linear axis)', () => {
      const from2023 = pieces[1].x0 + (width(1) * 12) / 35
      expect((chart.layout(880).plotRight - from2023) / (chart.layout(880).plotRight - chart.layout(880).plotLeft)).toBeGreaterThan(0.6)
    })

    it('sets V3, the app and R1 far enough apart that their dots never touch', () => {
      const gaps = [x('deepseek-app-launch') - x('deepseek-v3-release'), x('deepseek-r1-release') - x('deepseek-app-launch')]
      for (const gap of gaps)
        expect(gap).toBeGreaterThan(30)
    })

    it('keeps each piece\'s ticks inside it, in order, with no label twice at a boundary', () => {
      const xs = ticks.map(t => t.x)
      expect(xs).toEqual([...xs].sort((a, b) => a - b))
      for (const t of ticks)
        expect(pieces.some(p => t.x >= p.x0 - 0.01 && t.x <= p.x1 + 0.01)).toBe(true)
      expect(ticks.filter(t => t.major).map(t => t.label)).toEqual(['2016', '2018', '2020', '2022', '2023', '2024', '2025'])
      expect(ticks.filter(t => !t.major).map(t => t.label)).toEqual(['Jul', 'Jul', 'Jul', 'Dec', 'Feb'])
    })

    it('needs no key: every band carries its own words', () => {
      expect(chart.layout(880).key).toEqual([])
      expect(chart.layout(880).bands.every(b => b.labelFits)).toBe(true)
    })
  })
})
