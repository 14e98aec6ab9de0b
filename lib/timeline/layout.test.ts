import type { TimelineData } from './types'
import { describe, expect, it } from 'vitest'
import { bandRightAt, KEY_WORDS, timelineLayout } from './layout'

const data: TimelineData = {
  domain: ['2022-01-01', '2025-01-01'],
  steps: 3,
  lanes: [
    { id: 'rules', label: 'US rules', kind: 'events' },
    { id: 'chips', label: 'Chips', kind: 'bands' },
  ],
  events: [
    { id: 'a', lane: 'rules', date: '2022-10-07', label: 'rules', step: 0 },
    { id: 'b', lane: 'rules', date: '2022-10-20', label: 'more rules', step: 1 },
    { id: 'c', lane: 'rules', date: '2024-12', label: 'late', step: 2, guide: true },
  ],
  bands: [
    { id: 'sold', lane: 'chips', start: null, end: '2022-10-07', status: 'allowed', label: 'sold', step: 0 },
    { id: 'open', lane: 'chips', start: '2022-10-07', end: '2024-06-01', status: 'licence', label: 'licence', step: 0, endStep: 2 },
  ],
}
const opts = { width: 880, marginLeft: 120, marginRight: 16, minorMonths: 6 }

describe('timelineLayout', () => {
  it('places events on a UTC axis inside the plot', () => {
    const l = timelineLayout(data, opts)
    const [a, b, c] = l.events
    expect(a.x).toBeGreaterThan(l.plotLeft)
    expect(b.x).toBeGreaterThan(a.x)
    expect(c.x).toBeLessThan(l.plotRight)
    expect(l.crossings).toBe(0)
    // Close events: their labels go opposite ways or into different tiers.
    expect(a.tier !== b.tier || a.anchor !== b.anchor).toBe(true)
  })

  it('prints the date in each label and keeps the lanes stacked', () => {
    const l = timelineLayout(data, opts)
    expect(l.events[0].text).toBe('Oct 7, 2022 rules')
    expect(l.events[2].dateLabel).toBe('Dec 2024')
    const [rules, chips] = l.lanes
    expect(chips.top).toBeGreaterThan(rules.bottom)
    expect(l.axisY).toBeGreaterThan(chips.bottom)
    expect(l.height).toBeGreaterThan(l.axisY)
  })

  it('uses an event\'s own date text when it has one', () => {
    const l = timelineLayout({ ...data, events: [{ ...data.events[0], dateText: 'Oct 7' }] }, opts)
    expect(l.events[0].text).toBe('Oct 7 rules')
  })

  it('gives year ticks and minor month ticks', () => {
    const l = timelineLayout(data, opts)
    expect(l.ticks.filter(t => t.major).map(t => t.label)).toEqual(['2022', '2023', '2024', '2025'])
    expect(l.ticks.filter(t => !t.major).map(t => t.label)).toEqual(['Jul', 'Jul', 'Jul'])
  })

  it('runs guide lines through the band rows only', () => {
    const l = timelineLayout(data, opts)
    expect([l.guideTop, l.guideBottom]).toEqual([l.lanes[1].top, l.lanes[1].bottom])
    expect(timelineLayout({ ...data, lanes: [data.lanes[0]], bands: [] }, opts)).toMatchObject({ guideTop: 0, guideBottom: 0 })
  })

  it('opens a band to the left when it starts before the axis, and to the right until its endStep', () => {
    const l = timelineLayout(data, opts)
    const [sold, open] = l.bands
    expect(sold.openLeft).toBe(true)
    expect(sold.x0).toBe(l.plotLeft)
    expect(open.openX1).toBe(l.plotRight)
  })

  it.each([
    { band: 'open', step: -1, right: 'plotRight' },
    { band: 'open', step: 0, right: 'plotRight' },
    { band: 'open', step: 1, right: 'plotRight' },
    { band: 'open', step: 2, right: 'x1' },
    { band: 'open', step: 999999, right: 'x1' },
    { band: 'sold', step: 0, right: 'x1' },
  ])('band $band at step $step ends at its $right', ({ band, step, right }) => {
    const l = timelineLayout(data, opts)
    const b = l.bands.find(x => x.id === band)!
    expect(bandRightAt(b, step)).toBe(right === 'x1' ? b.x1 : l.plotRight)
  })

  it.each([
    { name: 'an event outside the axis', patch: { events: [{ id: 'x', lane: 'rules', date: '2021-01-01', label: '', step: 0 }] }, error: /"x".*outside/ },
    { name: 'an unknown lane', patch: { events: [{ id: 'x', lane: 'nope', date: '2023-01-01', label: '', step: 0 }] }, error: /unknown lane/ },
    { name: 'a step past the end', patch: { events: [{ id: 'x', lane: 'rules', date: '2023-01-01', label: '', step: 3 }] }, error: /step 3/ },
    { name: 'a band in an event lane', patch: { bands: [{ id: 'x', lane: 'rules', start: null, end: null, status: 'allowed' as const, label: '', step: 0 }] }, error: /band lane/ },
    { name: 'a reversed band', patch: { bands: [{ id: 'x', lane: 'chips', start: '2024-01', end: '2023-01', status: 'allowed' as const, label: '', step: 0 }] }, error: /ends/ },
    { name: 'an endStep before the step', patch: { bands: [{ id: 'x', lane: 'chips', start: null, end: null, status: 'allowed' as const, label: '', step: 1, endStep: 1 }] }, error: /endStep/ },
    { name: 'a reversed domain', patch: { domain: ['2025-01-01', '2022-01-01'] as [string, string] }, error: /reversed/ },
    { name: 'a NaN step count', patch: { steps: Number.NaN }, error: /steps/ },
  ])('rejects $name', ({ patch, error }) => {
    expect(() => timelineLayout({ ...data, ...patch } as TimelineData, opts)).toThrow(error)
  })

  it('rejects an empty plot area', () => {
    expect(() => timelineLayout(data, { ...opts, width: 100 })).toThrow(TypeError)
  })

  it('lays out an empty timeline with just an axis', () => {
    const l = timelineLayout({ ...data, events: [], bands: [] }, opts)
    expect(l.events).toEqual([])
    expect(l.ticks.length).toBeGreaterThan(0)
  })

  it('spans one linear axis over the whole plot, and sets the text size it measured with', () => {
    const l = timelineLayout(data, { ...opts, fontSize: 19 })
    expect(l.fontSize).toBe(19)
    expect(l.ticks.filter(t => t.major).map(t => [t.label, Math.round(t.x)])).toEqual([['2022', l.plotLeft], ['2023', expect.any(Number)], ['2024', expect.any(Number)], ['2025', Math.round(l.plotRight)]])
  })
})

describe('the key under the axis', () => {
  const narrow: TimelineData = {
    ...data,
    events: data.events.map(e => ({ ...e, guide: false })),
    bands: [
      { id: 'sold', lane: 'chips', start: null, end: '2024-10-01', status: 'allowed', label: 'sold', step: 0 },
      { id: 'short', lane: 'chips', start: '2024-10-01', end: '2024-11-01', status: 'licence', label: 'licence', step: 1 },
      { id: 'later', lane: 'chips', start: '2024-11-01', end: null, status: 'promised', label: 'promised', step: 2 },
    ],
  }

  it('names every band style when some band is too narrow for its words, in a row below the axis', () => {
    const l = timelineLayout(narrow, opts)
    expect(l.key.map(k => [k.kind, k.status, k.label])).toEqual([
      ['band', 'allowed', KEY_WORDS.allowed],
      ['band', 'licence', KEY_WORDS.licence],
      ['band', 'promised', KEY_WORDS.promised],
    ])
    expect(l.key[0].x).toBe(l.plotLeft)
    expect(l.key.map(k => k.x)).toEqual([...l.key.map(k => k.x)].sort((a, b) => a - b))
    expect(l.keyY).toBeGreaterThan(l.axisY + 20)
    expect(l.height).toBeGreaterThan(l.keyY)
  })

  it('names a guide line by its event', () => {
    const l = timelineLayout(data, opts)
    expect(l.key.map(k => [k.kind, k.label])).toEqual([['guide', 'late']])
  })

  it('is empty, and takes no height, when every mark carries its own words', () => {
    const plain = timelineLayout({ ...data, events: data.events.map(e => ({ ...e, guide: false })) }, opts)
    expect(plain.key).toEqual([])
    expect(plain.height).toBe(plain.axisY + 26)
  })
})
