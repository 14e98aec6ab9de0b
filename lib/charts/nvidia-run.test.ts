import { describe, expect, it } from 'vitest'
import { displayFact, getFact, numberFact, printedFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { nvidiaRunChart as chart, rankWords, nvidiaRunText as text, trillionsPassed, trillionTick } from './nvidia-run'

const dates = (clicks: number) => chart.at(clicks).shownRows.map(r => r.date)

const named = chart.rows.filter(r => r.point)
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 864e5

describe('nvidia-run chart definition', () => {
  it('shows the run-up to Jan 24, 2025, then the fall, then the bounce and the weeks after', () => {
    expect(dates(0).at(-1)).toBe('2025-01-24')
    expect(dates(-1)).toEqual(dates(0))
    expect(dates(1)).toEqual([...dates(0), '2025-01-27'])
    expect(dates(2).slice(dates(1).length, dates(1).length + 1)).toEqual(['2025-01-28'])
    expect(dates(2)).toEqual(chart.rows.map(r => r.date))
    expect(dates(999999)).toEqual(dates(2))
    expect([0, 1, 2].map(chart.spec.marksAtStep)).toEqual([0, 1, 2].map(s => chart.at(s).shownRows.filter(r => r.point).length))
    expect(chart.spec.marksAtStep(2)).toBe(named.length)
  })

  it('is a weekly series from the last close of 2022 to the end of Feb 2025, in date order, no week missing', () => {
    expect(chart.rows[0].date).toBe('2022-12-30')
    expect(chart.rows.at(-1)!.date).toBe('2025-02-28')
    const monday = (iso: string) => new Date(Date.parse(iso) - ((new Date(iso).getUTCDay() + 6) % 7) * 864e5).toISOString().slice(0, 10)
    const weeks = [...new Set(chart.rows.map(r => monday(r.date)))]
    weeks.slice(1).forEach((w, i) => expect(days(weeks[i], w)).toBe(7))
    chart.rows.slice(1).forEach((r, i) => expect(r.date > chart.rows[i].date).toBe(true))
  })

  it('shows the drops of Aug and Sept 2024 on the line, not only at a dot', () => {
    const value = (from: string, to: string) => chart.rows.filter(r => r.date >= from && r.date <= to).map(r => r.usd)
    const julyHigh = Math.max(...value('2024-07-01', '2024-07-31'))
    expect(Math.min(...value('2024-08-01', '2024-08-15'))).toBeLessThan(julyHigh * 0.85)
    const lateAugust = Math.max(...value('2024-08-16', '2024-08-31'))
    expect(Math.min(...value('2024-09-01', '2024-09-30'))).toBeLessThan(lateAugust * 0.85)
    const i = chart.rows.findIndex(r => r.point?.milestone === 'rout')
    expect(chart.rows[i].usd).toBeLessThan(chart.rows[i - 1].usd)
  })

  it('reads every reported value and date from the registry, and rounds every value one way', () => {
    for (const row of named) {
      expect(row.usd).toBe(numberFact(row.point!.factId))
      expect(row.date).toBe(getFact(row.point!.factId).asOf)
      expect(row.printed).toBe(printedFact(row.point!.factId))
      expect(row.how).toBe('reported')
    }
    for (const row of chart.rows) {
      expect(row.display).toMatch(/^[≈~]?\$\d\.\dT$/)
      if (!row.point)
        expect([row.how, row.printed.startsWith('≈'), row.what]).toEqual(['derived', true, ''])
    }
  })

  it('agrees with the values publishers reported: scaled forward by the closes, each lands within 2% of the next', () => {
    named.slice(1).forEach((r, k) => {
      const prev = named[k]
      expect(Math.abs(prev.usd * r.close / prev.close / r.usd - 1)).toBeLessThan(0.02)
    })
  })

  it('words each milestone from its value, rank and the day\'s move', () => {
    const by = (m: string) => named.find(r => r.point!.milestone === m)!.what
    expect(by('first-close-above')).toBe('first close above $1T')
    expect(by('sell-off')).toBe(`${displayFact('move-nvidia-pct')} in one day`)
    expect(by('bounce')).toBe(`${displayFact('nvidia-rebound-pct')} the next day`)
    expect(by('rout')).toBe(`${printedFact('nvidia-loss-2024-09-usd')} lost in a day`)
    expect(rankWords('nvidia-rank-2025-01-27')).toBe(`No. ${printedFact('nvidia-rank-2025-01-27').replace('#', '')}`)
    expect(trillionsPassed(3.019e12)).toBe('$3T')
    expect(() => trillionsPassed(9e11)).toThrow(/under \$1T/)
    expect([0, 1e12, 4e12].map(trillionTick)).toEqual(['$0', '$1T', '$4T'])
  })

  it('says what the line and the dots are, names the data publisher and cites it', () => {
    expect(text.unit).toMatch(/Dots: values reported.*Yahoo Finance.*derived.*split/)
    expect(text.description).toMatch(/Yahoo Finance/)
    expect(chart.dataset.factIds).toContain('nvidia-weekly-closes')
    expect(getFact('nvidia-weekly-closes').value).toBe(chart.rows.length)
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
    const dots = geo.dots.map(p => ({ x0: p.x - p.r, x1: p.x + p.r, y0: p.y - p.r, y1: p.y + p.r }))
    boxes.forEach(b => dots.forEach(d => expect(apart(b, d)).toBe(true)))
  })

  it('keeps the plot\'s labels off the line', () => {
    const on = (b: ReturnType<typeof box>, [x, y]: [number, number]) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1
    for (const l of geo.labels) {
      const b = box(l.x, l.y, l.lines, l.anchor, l.anchor === 'end' ? 22 : 20)
      for (const s of geo.lines) {
        s.points.slice(1).forEach(([x, y], k) => {
          const [x0, y0] = s.points[k]
          for (let t = 0; t <= 1; t += 0.1)
            expect(on(b, [x0 + (x - x0) * t, y0 + (y - y0) * t])).toBe(false)
        })
      }
    }
  })

  it('keeps the plot\'s labels above its baseline and inside the plot', () => {
    for (const l of geo.labels) {
      const b = box(l.x, l.y, l.lines, l.anchor, l.anchor === 'end' ? 22 : 20)
      expect(b.y1).toBeLessThanOrEqual(geo.plot.bottom)
      expect(b.x1).toBeLessThanOrEqual(geo.plot.right + 1)
    }
  })

  it('names every milestone close somewhere: on the plot or in the panel, and keeps the line in the plot', () => {
    const shown = new Set([...geo.labels.flatMap(l => l.rows), ...geo.panel.entries.map(e => e.row)])
    chart.rows.forEach((r, i) => {
      if (r.point && r.point.milestone !== 'year-end')
        expect(shown.has(i)).toBe(true)
    })
    expect(geo.dots.map(d => d.row).sort((a, b) => a - b)).toEqual(chart.rows.flatMap((r, i) => (r.point ? [i] : [])))
    expect(geo.dots.slice(-2).map(d => chart.rows[d.row].point!.milestone)).toEqual(['bounce', 'sell-off'])
    const all = geo.lines.flatMap(l => l.points)
    expect(all.every(([x, y]) => x >= geo.plot.left && x <= geo.plot.right && y >= geo.plot.top && y <= geo.plot.bottom)).toBe(true)
  })
})
