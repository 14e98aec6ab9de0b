import type { TimelineInput } from '../../data/series/timeline-input'
import { describe, expect, it } from 'vitest'
import { defineTimeline } from './define'

const data: TimelineInput = {
  domain: ['2024-06-01', '2025-06-01'],
  steps: 3,
  lanes: [{ id: 'deepseek', label: 'DeepSeek', kind: 'events' }, { id: 'h20', label: 'H20', kind: 'bands' }],
  events: [
    { id: 'r1', lane: 'deepseek', factId: 'deepseek-r1-release', label: 'R1', step: 1 },
    { id: 'v3', lane: 'deepseek', factId: 'deepseek-v3-release', label: 'V3', step: 0 },
  ],
  bands: [
    { id: 'sold', lane: 'h20', start: null, end: 'control-2025-04-h20', status: 'allowed', label: 'sold', step: 0, endStep: 2 },
    { id: 'licence', lane: 'h20', start: 'control-2025-04-h20', end: null, status: 'licence', label: 'licence', step: 2 },
  ],
}
const config = {
  id: 'test-timeline',
  title: 'Test',
  unit: 'events',
  data,
  columns: { date: 'From', until: 'Until', lane: 'Who', what: 'What' },
  span: 'mid-2024 to mid-2025',
  before: 'before mid-2024',
}
const chart = defineTimeline(config)

describe('defineTimeline', () => {
  it.each([
    { clicks: -5, marks: 2, rows: ['sold', 'v3'] },
    { clicks: -1, marks: 2, rows: ['sold', 'v3'] },
    { clicks: 0, marks: 2, rows: ['sold', 'v3'] },
    { clicks: 1, marks: 3, rows: ['sold', 'v3', 'r1'] },
    { clicks: 2, marks: 4, rows: ['sold', 'v3', 'r1', 'licence'] },
    { clicks: 999999, marks: 4, rows: ['sold', 'v3', 'r1', 'licence'] },
  ])('click $clicks shows $marks marks', ({ clicks, marks, rows }) => {
    expect(chart.spec.marksAtStep(clicks)).toBe(marks)
    expect(chart.at(clicks).shownRows.map(r => r.id)).toEqual(rows)
  })

  it('has one step per build step of the data, and one id for CSV and data-chart', () => {
    expect(chart.steps).toEqual([0, 1, 2])
    expect([chart.dataset.id, chart.spec.chartId, chart.spec.steps]).toEqual(['test-timeline', 'test-timeline', 3])
    expect(chart.dataset.columns.map(c => c.label)).toEqual(['From', 'Until', 'Who', 'What'])
    expect(chart.dataset.factIds).toEqual(['deepseek-r1-release', 'deepseek-v3-release', 'control-2025-04-h20'])
  })

  it('maps every laid-out event and band to its row', () => {
    expect(chart.rowOf.events.map(i => chart.rows[i].id)).toEqual(chart.layout(880).events.map(e => e.id))
    expect(chart.rowOf.events.map(i => chart.rows[i].kind)).toEqual(['event', 'event'])
    expect(chart.rowOf.bands.map(i => chart.rows[i].id)).toEqual(['sold', 'licence'])
    expect(chart.rowOf.bands.map(i => chart.rows[i].kind)).toEqual(['band', 'band'])
  })

  it('lays the chart out 880 wide with a clean label layout', () => {
    expect(chart.layout(880).width).toBe(880)
    expect(chart.layout(880).plotLeft).toBe(110)
    expect(chart.layout(880).crossings).toBe(0)
  })

  it('describes every row in date order, a period open at the start in the given words', () => {
    expect(chart.description).toBe('Timeline, mid-2024 to mid-2025. '
      + 'before mid-2024 to 2025-04-09: H20, could be sold to China. '
      + `2024-12-26: DeepSeek, ${chart.rows[1].what}. `
      + `2025-01-20: DeepSeek, ${chart.rows[2].what}. `
      + '2025-04-09: H20, licence required (in practice, banned).')
  })

  it('keeps the unit line, lane tones and on-slide source facts', () => {
    const toned = defineTimeline({ ...config, laneTones: { deepseek: 'deepseek' }, sourceFactIds: ['deepseek-r1-release'] })
    expect([toned.unit, toned.laneTones, toned.sourceFactIds]).toEqual(['events', { deepseek: 'deepseek' }, ['deepseek-r1-release']])
    expect([chart.laneTones, chart.sourceFactIds]).toEqual([{}, undefined])
  })

  it('counts no marks on a timeline with just an axis', () => {
    const empty = defineTimeline({ ...config, data: { ...data, events: [], bands: [] } })
    expect([0, 999999].map(empty.spec.marksAtStep)).toEqual([0, 0])
    expect(empty.layout(880).ticks.length).toBeGreaterThan(0)
  })

  it('rejects an on-slide source the chart does not cite', () => {
    expect(() => defineTimeline({ ...config, sourceFactIds: ['v3-gpu-count'] })).toThrow(/"v3-gpu-count" is not one of the chart's facts/)
  })
})
