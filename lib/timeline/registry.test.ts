import type { TimelineInput } from '../../data/series/timeline-input'
import { describe, expect, it } from 'vitest'
import { displayFact, getFact, printedFact } from '../facts'
import { fillFacts, readDate, readTimeline, timelineFactIds } from './registry'

describe('readDate', () => {
  it.each([
    { ref: 'deepseek-r1-release' as const, iso: '2025-01-20' },
    { ref: 'highflyer-founded' as const, iso: '2015' },
    { ref: 'deepseek-founded' as const, iso: '2023-05' },
    { ref: { factId: 'h20-launch', read: 'quarter' as const }, iso: '2024-01' },
    { ref: { factId: 'move-nvidia-pct', read: 'asOf' as const }, iso: '2025-01-27' },
  ])('$ref → $iso', ({ ref, iso }) => {
    expect(readDate(ref)).toBe(iso)
  })

  it.each([
    { ref: 'highflyer-a100-count', error: /"highflyer-a100-count" holds the number/ },
    { ref: { factId: 'v3-gpu-count', read: 'quarter' as const }, error: /"v3-gpu-count" holds the number/ },
    { ref: 'no-such-fact', error: /Unknown fact id "no-such-fact"/ },
  ])('rejects $ref, naming the fact', ({ ref, error }) => {
    expect(() => readDate(ref)).toThrow(error)
  })
})

describe('fillFacts', () => {
  it.each([
    { text: 'V3 ({v3-gpu-count} H800s)', filled: `V3 (${printedFact('v3-gpu-count')} H800s)` },
    { text: '{highflyer-a100-count} A100 GPUs bought', filled: '~10,000 A100 GPUs bought' },
    { text: 'Nvidia {move-nvidia-pct}', filled: `Nvidia ${printedFact('move-nvidia-pct')}` },
    { text: 'no figures here', filled: 'no figures here' },
  ])('"$text" → "$filled"', ({ text, filled }) => {
    expect(fillFacts(text)).toBe(filled)
  })

  it('prints a chart label\'s figures rounded when given displayFact', () => {
    expect(fillFacts('Nvidia {move-nvidia-pct}', displayFact)).toBe(`Nvidia ${displayFact('move-nvidia-pct')}`)
  })

  it('rejects an unknown fact', () => {
    expect(() => fillFacts('{no-such-fact} chips')).toThrow(/no-such-fact/)
  })
})

const input: TimelineInput = {
  domain: ['2022-06-01', '2025-10-01'],
  steps: 2,
  lanes: [{ id: 'rules', label: 'US rules', kind: 'events' }, { id: 'h20', label: 'H20', kind: 'bands' }],
  events: [
    { id: 'r1', lane: 'rules', factId: 'deepseek-r1-release', label: 'R1', step: 0 },
    { id: 'selloff', lane: 'rules', factId: 'move-nvidia-pct', date: { factId: 'move-nvidia-pct', read: 'asOf' }, label: 'Nvidia {move-nvidia-pct}', step: 1 },
  ],
  bands: [
    { id: 'sold', lane: 'h20', start: { factId: 'h20-launch', read: 'quarter' }, end: 'control-2025-04-h20', status: 'allowed', label: 'sold', detail: 'due {h20-launch}', step: 0 },
    { id: 'later', lane: 'h20', start: 'control-2025-04-h20', end: null, status: 'licence', label: 'licence', step: 1 },
  ],
}

describe('timelineFactIds', () => {
  it('lists the events\' facts first, then every other fact once', () => {
    expect(timelineFactIds(input)).toEqual(['deepseek-r1-release', 'move-nvidia-pct', 'h20-launch', 'control-2025-04-h20'])
  })
})

describe('readTimeline', () => {
  it.each([
    { style: 'full' as const, dates: [undefined, undefined] },
    { style: 'short' as const, dates: ['Jan 20', 'Jan 27'] },
    { style: 'month' as const, dates: ['Jan 2025', 'Jan 2025'] },
  ])('reads dates, figures and table words from the registry (dates: $style)', ({ style, dates }) => {
    const data = readTimeline(input, style)
    expect(data.events.map(e => [e.date, e.label, e.detail, e.dateText])).toEqual([
      ['2025-01-20', 'R1', getFact('deepseek-r1-release').label, dates[0]],
      ['2025-01-27', `Nvidia ${displayFact('move-nvidia-pct')}`, getFact('move-nvidia-pct').label, dates[1]],
    ])
    expect(data.bands.map(b => [b.start, b.end, b.detail])).toEqual([
      ['2024-01', '2025-04-09', 'due Q1 2024'],
      ['2025-04-09', null, undefined],
    ])
  })
})
