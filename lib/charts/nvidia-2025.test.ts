import type { Box } from '../segment-box'
import { describe, expect, it } from 'vitest'
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

  it('reads every value and date from the registry, in date order, never interpolated', () => {
    for (const r of chart.rows) {
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

  it('says what the lines are', () => {
    expect(text.unit).toMatch(/not the daily path/)
    expect(chart.title).toMatch(/2025/)
    expect(text.description).toMatch(/not the daily path\.$/)
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
        expect(segmentHitsBox(g.marks[a].x, g.marks[a].y, g.marks[b].x, g.marks[b].y, l.box), `${l.text} sits on a line`).toBe(false)
    }
    const labelled = new Set(g.labels.map(l => l.row))
    chart.rows.forEach((r, i) => {
      if (r.kind !== 'close' || r.loss || i === chart.rows.length - 1)
        expect(labelled.has(i), r.label).toBe(true)
    })
    expect(FONT).toBeGreaterThanOrEqual(16)
    expect(g.yTicks[0].label).toBe('$0')
    expect(g.xTicks.length).toBeGreaterThanOrEqual(4)
    // Month labels fit their spacing.
    const gap = g.xTicks[1].at - g.xTicks[0].at
    expect(Math.max(...g.xTicks.map(t => estimateTextWidth(t.label, FONT)))).toBeLessThan(gap)
  })

  it('draws the one-day move of Jan 27, 2025 solid and the other joins dashed', () => {
    const g = chart.layout(880)
    expect(g.joins).toHaveLength(chart.rows.filter(r => r.kind === 'close').length - 1)
    expect(g.joins.filter(j => j.daily).map(j => chart.rows[j.rows[1]].date)).toEqual(['2025-01-27'])
  })
})
