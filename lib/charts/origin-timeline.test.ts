import { describe, expect, it } from 'vitest'
import { dateFact, getFact, printedFact } from '../facts'
import { collisions } from '../timeline/collisions'
import { originTimelineChart as chart } from './origin-timeline'

const ids = (clicks: number) => chart.at(clicks).shownRows.map(r => `${r.kind}:${r.id}`)
const STEP_0 = ['band:no-rule', 'event:highflyer-founded', 'event:highflyer-a100-purchase', 'band:licence']
const STEP_1 = [...STEP_0, 'event:deepseek-founded', 'event:deepseek-v2-release']
const STEP_2 = [...STEP_1, 'event:deepseek-r1-release']

describe('origin-timeline chart definition', () => {
  it.each([
    { clicks: -1, marks: 4, shown: STEP_0 },
    { clicks: 0, marks: 4, shown: STEP_0 },
    { clicks: 1, marks: 6, shown: STEP_1 },
    { clicks: 2, marks: 7, shown: STEP_2 },
    { clicks: 999999, marks: 7, shown: STEP_2 },
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
    { id: 'deepseek-r1-release', date: '2025-01-20', text: `Jan 2025 R1, built on V3 of ${printedFact('deepseek-v3-release')}` },
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
      'highflyer-founded',
      'highflyer-a100-purchase',
      'deepseek-founded',
      'deepseek-v2-release',
      'deepseek-r1-release',
      'highflyer-a100-count',
      'deepseek-v3-release',
      'control-2022-08-nvidia-letter',
    ])
    expect(chart.sourceFactIds).toEqual(['highflyer-a100-purchase', 'deepseek-v2-release'])
  })

  it('lays its labels out cleanly and fits the slide', () => {
    expect(chart.layout(880).crossings).toBe(0)
    expect(chart.layout(880).height).toBeLessThanOrEqual(330)
    expect(chart.description).toMatch(/^Timeline, 2015 to 2025\. before 2022 to 2022-08-26: US rules, /)
  })

  describe.each([880, 400, 360])('at width %i', (width) => {
    const layout = chart.layout(width)

    it('has no overlapping labels or touching dots, and text of at least 16 units', () => {
      expect(collisions(layout)).toEqual({ labels: [], leaders: [], dots: [], outside: [] })
      expect(layout.fontSize).toBeGreaterThanOrEqual(16)
    })

    it('runs one time scale: year ticks evenly spaced, every event at its date', () => {
      const years = layout.ticks.filter(t => t.major)
      const gaps = years.slice(1).map((t, i) => t.x - years[i].x)
      for (const g of gaps)
        expect(g / (gaps[0] / (Number(years[1].label) - Number(years[0].label)))).toBeCloseTo(Number(years[1].label) - Number(years[0].label), 1)
      expect(layout.plotLeft).toBeLessThan(layout.plotRight)
    })

    it('needs no key at the slide width: every band carries its own words', () => {
      if (width === 880) {
        expect(layout.key).toEqual([])
        expect(layout.bands.every(b => b.labelFits)).toBe(true)
      }
      expect(layout.bands.map(b => b.id)).toEqual(['no-rule', 'licence'])
    })
  })
})
