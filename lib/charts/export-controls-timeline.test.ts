import { describe, expect, it } from 'vitest'
import { dateFact, displayFact, getFact, printedFact } from '../facts'
import { collisions } from '../timeline/collisions'
import { exportControlsTimelineChart as chart } from './export-controls-timeline'

const shown = (clicks: number) => chart.at(clicks).shownRows.map(r => `${r.kind}:${r.id}`)
const added = (clicks: number) => (clicks === 0 ? shown(0) : shown(clicks).filter(id => !shown(clicks - 1).includes(id)))

describe('export-controls-timeline chart definition', () => {
  it.each([
    { clicks: -1, marks: 6 },
    { clicks: 0, marks: 6 },
    { clicks: 1, marks: 9 },
    { clicks: 2, marks: 13 },
    { clicks: 3, marks: 17 },
    { clicks: 999999, marks: 17 },
  ])('click $clicks shows $marks marks', ({ clicks, marks }) => {
    expect(chart.spec.marksAtStep(clicks)).toBe(marks)
    expect(shown(clicks)).toHaveLength(marks)
  })

  it.each([
    { clicks: 0, adds: ['band:a100-sold', 'event:letter', 'band:a100-licence', 'event:rules-2022', 'band:a800-sold', 'band:h800-sold'] },
    { clicks: 1, adds: ['event:update-2023', 'band:a800-licence', 'band:h20-sold'] },
    { clicks: 2, adds: ['event:v3', 'event:diffusion', 'event:r1', 'event:selloff'] },
    { clicks: 3, adds: ['event:h20-licence', 'band:h20-licence', 'event:h20-deal', 'band:h20-15pct'] },
  ])('click $clicks adds $adds.length marks, in date order', ({ clicks, adds }) => {
    expect(added(clicks)).toEqual(adds)
  })

  it('has four steps (the Act 4 slide declares clicks: 3) and one id', () => {
    expect(chart.spec.steps).toBe(4)
    expect([chart.id, chart.dataset.id, chart.spec.chartId]).toEqual(['export-controls-timeline', 'export-controls-timeline', 'export-controls-timeline'])
  })

  it.each([
    { id: 'letter', date: '2022-08-26', text: 'Aug 2022 licence letter' },
    { id: 'rules-2022', date: '2022-10-07', text: 'Oct 2022 chip rules' },
    { id: 'update-2023', date: '2023-10-17', text: 'Oct 2023 update' },
    { id: 'v3', date: '2024-12-26', text: `Dec 2024 V3 (${printedFact('v3-gpu-count')} H800s)` },
    { id: 'r1', date: '2025-01-20', text: 'Jan 2025 R1' },
    { id: 'diffusion', date: '2025-01-13', text: 'Jan 2025 Diffusion rule' },
    { id: 'h20-licence', date: '2025-04-09', text: 'Apr 2025 H20 licence' },
    { id: 'h20-deal', date: '2025-08-10', text: 'Aug 2025 H20 for 15%' },
  ])('dates $id from its registry fact, its month and year on the chart', ({ id, date, text }) => {
    const event = chart.layout(880).events.find(e => e.id === id)!
    expect(event.date).toBe(dateFact(event.factId!))
    expect(event.date).toBe(date)
    expect(event.text).toBe(text)
    expect(chart.rows.find(r => r.kind === 'event' && r.id === id)!.what).toBe(getFact(event.factId!).label)
  })

  it('dates the sell-off by the day the move was measured, in Nvidia\'s own lane and colour', () => {
    const selloff = chart.layout(880).events.find(e => e.id === 'selloff')!
    expect(selloff.date).toBe(getFact('move-nvidia-pct').asOf)
    expect(selloff.label).toBe(`${displayFact('move-nvidia-pct')} in a day`)
    expect(selloff.text).toBe(`Jan 2025 ${displayFact('move-nvidia-pct')} in a day`)
    expect([selloff.lane, chart.laneTones.nvidia]).toEqual(['nvidia', 'nvidia'])
  })

  it('keeps its labels few and low: three tiers of rules, one tier each for DeepSeek and Nvidia', () => {
    const tiers = (lane: string) => Math.max(...chart.layout(880).events.filter(e => e.lane === lane).map(e => e.tier)) + 1
    expect(chart.layout(880).events).toHaveLength(9)
    expect([tiers('rules'), tiers('deepseek'), tiers('nvidia')]).toEqual([3, 1, 1])
  })

  it('labels every period on the slide, the three H20 periods included, so it needs no key', () => {
    expect(chart.layout(880).events.filter(e => e.guide)).toEqual([])
    expect(chart.layout(880).bands.filter(b => !b.labelFits).map(b => b.id)).toEqual([])
    expect(chart.layout(880).bands.filter(b => b.lane === 'h20').map(b => b.label)).toEqual(['H20 sold', 'licence', 'for 15%'])
    expect(chart.layout(880).key).toEqual([])
  })

  it('keys the band styles too narrow to label on a phone', () => {
    expect(chart.layout(360).key.map(k => k.status)).toEqual(['allowed', 'licence'])
  })

  describe.each([880, 400, 360])('at width %i', (width) => {
    it('has no overlapping labels, no leader into its label, none off the chart, and text of 16 units or more', () => {
      const c = collisions(chart.layout(width))
      expect([c.labels, c.leaders, c.outside]).toEqual([[], [], []])
      expect(chart.layout(width).fontSize).toBeGreaterThanOrEqual(16)
    })
  })

  it('keeps every dot clear of its neighbours on the slide', () => {
    expect(collisions(chart.layout(880)).dots).toEqual([])
  })

  it.each([
    { id: 'a800-sold', start: '2022-11-07', end: '2023-03' },
    { id: 'h800-sold', start: '2023-03', end: '2023-10-17' },
    { id: 'h20-sold', start: '2024-01', end: '2025-04-09' },
    { id: 'h20-licence', start: '2025-04-09', end: '2025-08-10' },
    { id: 'h20-15pct', start: '2025-08-10', end: null },
  ])('runs the $id period from the registry: $start to $end', ({ id, start, end }) => {
    const band = chart.layout(880).bands.find(b => b.id === id)!
    expect([band.start, band.end]).toEqual([start, end])
  })

  it('starts the H20 period with the quarter its launch was due, and says so in the table', () => {
    expect(getFact('h20-launch').value).toBe('Q1 2024')
    expect(chart.rows.find(r => r.id === 'h20-sold')!.what).toBe('H20 could be sold to China (launch due Q1 2024)')
  })

  it('cites every fact behind its dates and figures, and a short list on the slide', () => {
    expect(chart.dataset.factIds.slice(-4)).toEqual(['v3-gpu-count', 'a800-launch', 'h800-launch', 'h20-launch'])
    expect(chart.dataset.factIds).toContain('h20-revenue-share-deal')
    expect(chart.dataset.factIds).toContain('move-nvidia-pct')
    expect(chart.sourceFactIds).toEqual(['control-2023-10-update', 'control-2025-04-h20'])
  })

  it('lays its labels out cleanly and fits the slide', () => {
    expect(chart.layout(880).crossings).toBe(0)
    expect(chart.layout(880).height).toBeLessThanOrEqual(330)
    expect(chart.description).toMatch(/^Timeline, mid-2022 to the end of 2025\. before mid-2022 to 2022-08-26: A100, H100, /)
  })
})
