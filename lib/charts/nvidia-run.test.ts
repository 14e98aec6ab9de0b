import { describe, expect, it } from 'vitest'
import { getFact, numberFact, printedFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { nvidiaRunChart as chart, rankWords, nvidiaRunText as text, trillionsPassed, trillionTick } from './nvidia-run'

const dates = (clicks: number) => chart.at(clicks).shownRows.map(r => r.date)

describe('nvidia-run chart definition', () => {
  it('shows the run-up to Jan 24, 2025, then the fall, then the bounce and the week after', () => {
    expect(dates(0).at(-1)).toBe('2025-01-24')
    expect(dates(-1)).toEqual(dates(0))
    expect(dates(1)).toEqual([...dates(0), '2025-01-27'])
    expect(dates(2)).toEqual([...dates(1), '2025-01-28', '2025-02-03'])
    expect(dates(999999)).toEqual(dates(2))
    expect(chart.spec.marksAtStep(2)).toBe(chart.rows.length)
  })

  it('runs from the last close of 2022, and shows the Sept 2024 drop', () => {
    expect(chart.rows[0].date).toBe('2022-12-30')
    const i = chart.rows.findIndex(r => r.milestone === 'rout')
    expect(chart.rows[i].usd).toBeLessThan(chart.rows[i - 1].usd)
    expect(chart.rows[i + 1].usd).toBeGreaterThan(chart.rows[i].usd)
  })

  it('reads every value and date from the registry, in date order, and rounds one way', () => {
    for (const row of chart.rows) {
      expect(row.usd).toBe(numberFact(row.factId))
      expect(row.date).toBe(getFact(row.factId).asOf)
      expect(row.printed).toBe(printedFact(row.factId))
      expect(row.display).toMatch(/^≈?\$\d\.\d\dT$/)
    }
    const all = chart.rows.map(r => r.date)
    expect(all).toEqual([...all].sort())
  })

  it('words each milestone from its value, rank and the day\'s move', () => {
    const by = (m: string) => chart.rows.find(r => r.milestone === m)!.what
    expect(by('first-close-above')).toBe('first close above $1T')
    expect(by('sell-off')).toBe(`${printedFact('move-nvidia-pct')} in one day`)
    expect(by('bounce')).toBe(`${printedFact('nvidia-rebound-pct')} the next day`)
    expect(by('rout')).toBe(`${printedFact('nvidia-loss-2024-09-usd')} lost in a day`)
    expect(rankWords('nvidia-rank-2025-01-27')).toBe(`No. ${printedFact('nvidia-rank-2025-01-27').replace('#', '')}`)
    expect(trillionsPassed(3.019e12)).toBe('$3T')
    expect(() => trillionsPassed(9e11)).toThrow(/under \$1T/)
    expect([0, 1e12, 4e12].map(trillionTick)).toEqual(['$0', '$1T', '$4T'])
  })

  it('draws only the joins between consecutive trading days as real one-day moves', () => {
    expect(chart.rows.filter(r => r.dayAfterPrevious).map(r => r.date)).toEqual(['2025-01-27', '2025-01-28'])
  })

  it('says what the lines are, and names the closes in the text alternative', () => {
    expect(text.unit).toMatch(/split of June 2024.*not the daily path/)
    expect(text.description).toMatch(/they are not the daily path\.$/)
  })
})

/** A label's box: the text's width by the layouts' estimate (semibold: a tenth wider), 18 units a line. */
function box(x: number, y: number, lines: readonly string[], anchor: 'start' | 'end', lineHeight: number) {
  const w = Math.max(...lines.map(l => estimateTextWidth(l) * 1.1))
  return { x0: anchor === 'end' ? x - w : x, x1: anchor === 'end' ? x : x + w, y0: y - 15, y1: y + (lines.length - 1) * lineHeight + 5 }
}
const apart = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0

describe.each([880, 360])('nvidia-run layout at %i', (width) => {
  const geo = chart.layout(width)

  it('keeps labels and panel entries inside the chart and clear of each other and of the dots', () => {
    const boxes = [
      ...geo.labels.map(l => box(l.x, l.y, l.lines, l.anchor, l.anchor === 'end' ? 22 : 20)),
      ...geo.panel.entries.map(e => box(geo.panel.x + 18, e.y, [e.head, e.what], 'start', 21)),
    ]
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0)
      expect(b.x1).toBeLessThanOrEqual(width)
      expect(b.y1).toBeLessThanOrEqual(geo.height)
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => expect(apart(a, b)).toBe(true)))
    const dots = geo.points.map(p => ({ x0: p.x - p.r, x1: p.x + p.r, y0: p.y - p.r, y1: p.y + p.r }))
    boxes.forEach(b => dots.forEach(d => expect(apart(b, d)).toBe(true)))
  })

  it('keeps the plot\'s labels above its baseline and inside the plot', () => {
    for (const l of geo.labels) {
      const b = box(l.x, l.y, l.lines, l.anchor, l.anchor === 'end' ? 22 : 20)
      expect(b.y1).toBeLessThanOrEqual(geo.plot.bottom)
      expect(b.x1).toBeLessThanOrEqual(geo.plot.right + 1)
    }
  })

  it('names every milestone close somewhere: on the plot or in the panel', () => {
    const named = new Set([...geo.labels.flatMap(l => l.rows), ...geo.panel.entries.map(e => e.row)])
    chart.rows.forEach((r, i) => {
      if (r.milestone !== 'year-end')
        expect(named.has(i)).toBe(true)
    })
    expect(geo.points.every(p => p.x >= geo.plot.left && p.x <= geo.plot.right && p.y >= geo.plot.top && p.y <= geo.plot.bottom)).toBe(true)
  })
})
