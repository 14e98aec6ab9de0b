import type { Box } from '../segment-box'
import { describe, expect, it } from 'vitest'
import { NVIDIA_CLOSES } from '../../data/series/nvidia-closes'
import { NVIDIA_CLOSES_2025 } from '../../data/series/nvidia-closes-2025'
import { getFact, numberFact, printedFact } from '../facts'
import { FONT } from '../nvidia-2025-layout'
import { segmentHitsBox } from '../segment-box'
import { estimateTextWidth } from '../text-width'
import { nvidia2025Chart as chart, nvidia2025Text as text } from './nvidia-2025'

const kinds = (clicks: number) => chart.at(clicks).shownRows.map(r => `${r.date} ${r.kind}`)
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

describe('nvidia-2025 chart definition', () => {
  it('shows the fall and the spring to May, then the recovery to $4T, then the rest of the year', () => {
    const spring = chart.at(0).shownRows
    expect(spring.every(r => r.date < '2025-06-01')).toBe(true)
    expect(spring.some(r => r.kind === 'close' && r.loss)).toBe(true)
    expect(spring.filter(r => r.kind.startsWith('charge'))).toHaveLength(2)
    const recovery = chart.at(1).shownRows.slice(spring.length)
    expect(recovery.every(r => r.date >= '2025-06-01' && r.date < '2025-08-01')).toBe(true)
    expect(recovery.map(r => r.kind)).toContain('passed-intraday')
    expect(chart.at(2).shownRows.at(-1)!.date).toBe(chart.rows.at(-1)!.date)
    expect(kinds(-1)).toEqual(kinds(0))
    expect(kinds(99)).toEqual(kinds(2))
  })

  it('reads every reported value and date from the registry, in date order', () => {
    for (const r of chart.rows.filter(r => r.kind !== 'week')) {
      expect(r.usd).toBe(numberFact(r.factId))
      expect(r.date).toBe(getFact(r.factId).asOf)
      expect(r.printed).toBe(printedFact(r.factId))
      expect(getFact(r.factId).sources.length).toBeGreaterThan(0)
    }
    const dates = chart.rows.map(r => r.date)
    expect(dates).toEqual([...dates].sort())
    // Closes show two decimals of $T, one way for the whole chart.
    for (const r of chart.rows.filter(r => r.kind === 'close'))
      expect(r.label).toMatch(/^≈?\$\d\.\d\dT, [A-Z][a-z]{2} \d{1,2}$/)
  })

  const share = new Map([...NVIDIA_CLOSES, ...NVIDIA_CLOSES_2025])
  const line = chart.rows.filter(r => r.kind === 'close' || r.kind === 'week')
  const reported = line.filter(r => r.kind === 'close')

  it('runs the line week by week from the last close of 2024 to the last of 2025, derived between reported closes', () => {
    expect([line[0].date, line.at(-1)!.date]).toEqual(['2024-12-31', '2025-12-31'])
    for (let k = 1; k < line.length; k++)
      expect((Date.parse(line[k].date) - Date.parse(line[k - 1].date)) / 864e5, line[k].date).toBeLessThanOrEqual(8) // 8: the week after Good Friday
    for (const w of line.filter(r => r.kind === 'week')) {
      const from = reported.filter(r => r.date < w.date).at(-1)!
      expect(w.usd).toBe(Math.round(from.usd * share.get(w.date)! / share.get(from.date)! / 1e9) * 1e9)
      expect(w.printed).toMatch(/^≈\$\d\.\d\dT$/)
      expect(getFact(w.factId).sources).toEqual(['yahoo-finance-nvda-daily-bars'])
    }
  })

  it('agrees with the values publishers reported: scaled forward by the closes, each lands within 2% of the next', () => {
    expect(reported.length).toBeGreaterThanOrEqual(7)
    reported.slice(1).forEach((r, k) => {
      const prev = reported[k]
      expect(Math.abs(prev.usd * share.get(r.date)! / share.get(prev.date)! / r.usd - 1), `${prev.date} → ${r.date}`).toBeLessThan(0.02)
    })
  })

  it('says what the line and the dots are', () => {
    expect(text.unit).toMatch(/weekly .* closes scaled/)
    expect(text.unit).not.toMatch(/daily path/)
    expect(chart.title).toMatch(/2025/)
    expect(text.description).toMatch(/scaled from the last reported value\.$/)
  })

  it.each([880, 360])('at width %i: text inside the chart, no two labels overlap, every mark, the fall and the latest close labelled', (width) => {
    const g = chart.layout(width)
    expect(g.width).toBe(width)
    for (const l of g.labels) {
      expect(l.box.x1 - l.box.x0).toBeGreaterThanOrEqual(estimateTextWidth(l.text, FONT))
      expect(l.box.x0).toBeGreaterThanOrEqual(0)
      expect(l.box.x1).toBeLessThanOrEqual(width)
    }
    for (let a = 0; a < g.labels.length; a++) {
      for (let b = a + 1; b < g.labels.length; b++)
        expect(overlap(g.labels[a].box, g.labels[b].box), `${g.labels[a].text} / ${g.labels[b].text}`).toBe(false)
    }
    for (const l of g.labels) {
      for (const { rows: [a, b] } of g.joins)
        expect(segmentHitsBox(g.marks[a].x, g.marks[a].y, g.marks[b].x, g.marks[b].y, l.box), `${l.text} sits on the line`).toBe(false)
      for (const [x, y0, y1] of g.rules)
        expect(segmentHitsBox(x, y0, x, y1, l.box), `${l.text} is crossed by a mark's rule`).toBe(false)
    }
    expect(g.rules).toHaveLength(chart.rows.filter(r => r.kind !== 'close' && r.kind !== 'week').length)
    // No dot under a ring: the Oct 31 close, two days after the Oct 29 ring, is carried by the line.
    // (At 360 the Jan 27 and Feb 3 dots, a week apart, touch; at 880 no two circles do.)
    const dots = chart.rows.flatMap((r, i) => (r.kind === 'close' && !r.noDot ? [g.marks[i]] : []))
    const rings = chart.rows.flatMap((r, i) => (r.kind === 'passed-at-open' ? [g.marks[i]] : []))
    const apart = (a: { x: number, y: number }, b: { x: number, y: number }) => Math.hypot(a.x - b.x, a.y - b.y) > 12
    for (const ring of rings)
      expect(dots.every(d => apart(d, ring))).toBe(true)
    if (width === 880)
      dots.forEach((d, k) => expect(dots.slice(k + 1).every(e => apart(d, e))).toBe(true))
    const labelled = new Set(g.labels.map(l => l.row))
    const lastDot = chart.rows.findLastIndex(r => r.kind === 'close' && !r.noDot)
    chart.rows.forEach((r, i) => {
      if ((r.kind !== 'close' && r.kind !== 'week') || r.loss || i === lastDot)
        expect(labelled.has(i), r.label).toBe(true)
    })
    expect(FONT).toBeGreaterThanOrEqual(16)
    expect(g.yTicks[0].label).toBe('$0')
    expect(g.xTicks.length).toBeGreaterThanOrEqual(4)
    // Month labels fit their spacing.
    const gap = g.xTicks[1].at - g.xTicks[0].at
    expect(Math.max(...g.xTicks.map(t => estimateTextWidth(t.label, FONT)))).toBeLessThan(gap)
  })

  it('draws one solid line: a segment between each pair of consecutive weeks and closes', () => {
    const g = chart.layout(880)
    expect(g.joins).toHaveLength(line.length - 1)
    expect(g.joins.every(j => !('daily' in j))).toBe(true)
  })
})
