import type { PlacedLabel, TimelineData } from './timeline'
import { describe, expect, it } from 'vitest'
import {
  bandRightAt,
  estimateTextWidth,
  parseIsoDate,
  placeLabels,
  shownAt,
  timelineDate,
  timelineLayout,
  timelineMarksAt,
  timelineRows,
  timelineShortDate,
} from './timeline'

/** No two labels in one tier overlap, and no leader line passes through another label. */
function assertClean(xs: number[], labels: PlacedLabel[]) {
  for (const [i, a] of labels.entries()) {
    for (const [j, b] of labels.entries()) {
      if (i === j)
        continue
      if (a.tier === b.tier)
        expect(a.x1 <= b.x0 || b.x1 <= a.x0, `labels ${i} and ${j} overlap in tier ${a.tier}`).toBe(true)
      if (b.tier < a.tier)
        expect(xs[i] <= b.x0 || xs[i] >= b.x1, `leader ${i} crosses label ${j}`).toBe(true)
    }
  }
}

describe('parseIsoDate', () => {
  it.each([
    { iso: '2015', precision: 'year', at: '2015-07-01', start: '2015-01-01' },
    { iso: '2023-05', precision: 'month', at: '2023-05-15', start: '2023-05-01' },
    { iso: '2025-01-20', precision: 'day', at: '2025-01-20', start: '2025-01-20' },
  ])('$iso is a $precision placed on $at', ({ iso, precision, at, start }) => {
    const d = parseIsoDate(iso)
    expect(d.precision).toBe(precision)
    expect(d.at.toISOString().slice(0, 10)).toBe(at)
    expect(d.start.toISOString().slice(0, 10)).toBe(start)
  })

  it.each(['', '2025-1-20', '2025-13', '2025-02-30', 'Jan 2025', Number.NaN as unknown as string])(
    'rejects %s with a TypeError naming it',
    (bad) => {
      expect(() => parseIsoDate(bad)).toThrow(TypeError)
      expect(() => parseIsoDate(bad)).toThrow(JSON.stringify(bad) ?? 'null')
    },
  )

  it.each([
    { iso: '2025-01-20', short: 'Jan 20' },
    { iso: '2023-03', short: 'Mar' },
    { iso: '2015', short: '2015' },
  ])('shortens $iso to $short for an axis that shows years', ({ iso, short }) => {
    expect(timelineShortDate(iso)).toBe(short)
  })

  it('prints dates at their own precision', () => {
    expect(timelineDate('2015')).toBe('2015')
    expect(timelineDate('2023-05')).toBe('May 2023')
    expect(timelineDate('2024-12-26')).toBe('Dec 26, 2024')
  })
})

describe('estimateTextWidth', () => {
  it.each([
    { text: '', width: 0 },
    { text: 'iiii', width: 4 * 0.3 * 16 },
    { text: 'MM', width: 2 * 0.88 * 16 },
  ])('"$text" is $width px at 16px', ({ text, width }) => {
    expect(estimateTextWidth(text)).toBeCloseTo(width)
  })

  it('scales with font size and is never below the average sans width', () => {
    const text = 'Dec 26, 2024 V3 released'
    expect(estimateTextWidth(text, 32)).toBeCloseTo(2 * estimateTextWidth(text, 16))
    expect(estimateTextWidth(text)).toBeGreaterThan(text.length * 16 * 0.45)
  })

  it.each([0, -1, Number.NaN])('rejects font size %s', (size) => {
    expect(() => estimateTextWidth('a', size)).toThrow(TypeError)
  })
})

describe('placeLabels', () => {
  const bounds = { left: 0, right: 800 }

  it('returns nothing for no labels', () => {
    expect(placeLabels([], bounds)).toEqual({ labels: [], tiers: 0, crossings: 0 })
  })

  it('puts a single label in tier 0, anchored where it fits', () => {
    expect(placeLabels([{ x: 100, width: 80 }], bounds).labels[0]).toMatchObject({ tier: 0, anchor: 'start' })
    expect(placeLabels([{ x: 780, width: 80 }], bounds).labels[0]).toMatchObject({ tier: 0, anchor: 'end' })
  })

  it('keeps far-apart labels in one tier', () => {
    const r = placeLabels([{ x: 50, width: 100 }, { x: 400, width: 100 }], bounds)
    expect(r.tiers).toBe(1)
  })

  it.each([
    { name: 'a cluster on the left (start anchors)', xs: [100, 104, 110, 130] },
    { name: 'a cluster on the right edge (end anchors)', xs: [760, 770, 775, 790] },
    { name: 'clusters at both ends', xs: [20, 30, 400, 700, 760, 790] },
    { name: 'evenly spaced, closer than the label width', xs: [100, 160, 220, 280, 340, 400, 460] },
    { name: 'the 2025 export-control events', xs: [560, 585, 600, 606, 690, 711, 750] },
  ])('$name: no overlaps, no leader crossings', ({ xs }) => {
    const r = placeLabels(xs.map(x => ({ x, width: 150 })), bounds)
    expect(r.crossings).toBe(0)
    assertClean(xs, r.labels)
    for (const l of r.labels) {
      expect(l.x0).toBeGreaterThanOrEqual(bounds.left)
      expect(l.x1).toBeLessThanOrEqual(bounds.right)
    }
  })

  it('turns two close labels back to back rather than stacking them', () => {
    const r = placeLabels([{ x: 400, width: 120 }, { x: 404, width: 120 }], bounds)
    expect(r.tiers).toBe(1)
    expect(r.labels.map(l => l.anchor)).toEqual(['end', 'start'])
  })

  it('still places every label, counting crossings, past the search limit', () => {
    const xs = Array.from({ length: 14 }, (_, i) => 100 + i * 40)
    const r = placeLabels(xs.map(x => ({ x, width: 150 })), bounds)
    expect(r.labels).toHaveLength(14)
    expect(r.crossings).toBeGreaterThanOrEqual(0)
    for (const [i, a] of r.labels.entries()) {
      for (const b of r.labels.slice(i + 1)) {
        if (a.tier === b.tier)
          expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true)
      }
    }
  })

  it('is deterministic: input order does not change the result per label', () => {
    const xs = [300, 310, 320]
    const a = placeLabels(xs.map(x => ({ x, width: 120 })), bounds)
    const b = placeLabels([...xs].reverse().map(x => ({ x, width: 120 })), bounds)
    expect(b.labels.reverse()).toEqual(a.labels)
  })

  it.each([
    { x: Number.NaN, width: 10 },
    { x: 10, width: Number.NaN },
    { x: 10, width: -1 },
  ])('rejects a bad label (x $x, width $width)', (bad) => {
    expect(() => placeLabels([bad], bounds)).toThrow(/label 0/)
  })

  it('rejects an empty range', () => {
    expect(() => placeLabels([], { left: 10, right: 10 })).toThrow(TypeError)
  })
})

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

  it('gives year ticks and minor month ticks', () => {
    const l = timelineLayout(data, opts)
    expect(l.ticks.filter(t => t.major).map(t => t.label)).toEqual(['2022', '2023', '2024', '2025'])
    expect(l.ticks.filter(t => !t.major).map(t => t.label)).toEqual(['Jul', 'Jul', 'Jul'])
  })

  it('opens a band to the left when it starts before the axis, and to the right until its endStep', () => {
    const l = timelineLayout(data, opts)
    const [sold, open] = l.bands
    expect(sold.openLeft).toBe(true)
    expect(sold.x0).toBe(l.plotLeft)
    expect(open.openX1).toBe(l.plotRight)
    expect(bandRightAt(open, 0, data.steps)).toBe(l.plotRight)
    expect(bandRightAt(open, 2, data.steps)).toBe(open.x1)
    expect(bandRightAt(open, 999999, data.steps)).toBe(open.x1)
    expect(bandRightAt(sold, 0, data.steps)).toBe(sold.x1)
  })

  it('counts marks per step, clamping out-of-range steps', () => {
    expect([-5, 0, 1, 2, 999999].map(s => timelineMarksAt(data, s))).toEqual([3, 3, 4, 5, 5])
    expect(shownAt(2, 999999, 3)).toBe(true)
    expect(shownAt(1, -1, 3)).toBe(false)
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

  it('lists events and periods as table rows in date order, periods open at the start first', () => {
    const rows = timelineRows(data)
    expect(rows.map(r => r.date)).toEqual(['', '2022-10-07', '2022-10-07', '2022-10-20', '2024-12'])
    expect(rows[0]).toMatchObject({ until: '2022-10-07', lane: 'Chips', what: 'could be sold to China' })
    expect(rows.find(r => r.what === 'more rules')).toMatchObject({ lane: 'US rules', until: '', step: 1 })
  })

  it('lays out an empty timeline with just an axis', () => {
    const l = timelineLayout({ ...data, events: [], bands: [] }, opts)
    expect(l.events).toEqual([])
    expect(l.ticks.length).toBeGreaterThan(0)
    expect(timelineMarksAt({ ...data, events: [], bands: [] }, 0)).toBe(0)
  })
})
