import { describe, expect, it } from 'vitest'
import { DOTCOM_YEAR_ENDS } from '../../data/series/dotcom'
import { getFact, numberFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { dotcomChart as chart, dotcomText as text } from './dotcom'

const milestones = (clicks: number) => chart.at(clicks).shownRows.filter(r => r.kind === 'milestone').map(r => r.key)

describe('dotcom chart definition', () => {
  it.each([
    { clicks: -1, points: ['peak', 'low'], bars: ['crash'], last: '2002-10-09' },
    { clicks: 0, points: ['peak', 'low'], bars: ['crash'], last: '2002-10-09' },
    { clicks: 1, points: ['peak', 'low', 'record'], bars: ['crash'], last: '2015-04-23' },
    { clicks: 2, points: ['peak', 'low', 'record', 'jan27'], bars: ['crash', 'jan27'], last: '2025-01-27' },
    { clicks: 999999, points: ['peak', 'low', 'record', 'jan27'], bars: ['crash', 'jan27'], last: '2025-01-27' },
  ])('click $clicks draws the line to $last with $points and the bars $bars', ({ clicks, points, bars, last }) => {
    const state = chart.at(clicks)
    expect(milestones(clicks)).toEqual(points)
    expect(state.shownRows.at(-1)!.date).toBe(last)
    expect(state.step.bars).toEqual(bars)
    expect(chart.spec.marksAtStep(clicks)).toBe(points.length + bars.length)
  })

  it('reads every close and date from the registry, in date order', () => {
    for (const row of chart.rows) {
      expect(row.close).toBe(numberFact(row.factId))
      expect(row.date).toBe(getFact(row.factId).asOf)
    }
    const dates = chart.rows.map(r => r.date)
    expect(dates).toEqual([...dates].sort())
    expect(chart.rows.filter(r => r.kind === 'milestone').map(r => r.date)).toEqual(['2000-03-10', '2002-10-09', '2015-04-23', '2025-01-27'])
  })

  it('has every year-end close from 1995 to 2024, each on its year\'s last trading day', () => {
    const yearEnds = chart.rows.filter(r => r.kind === 'year-end')
    expect(yearEnds.map(r => Number(r.date.slice(0, 4)))).toEqual(Array.from({ length: 30 }, (_, i) => 1995 + i))
    expect(yearEnds.map(r => r.factId)).toEqual(DOTCOM_YEAR_ENDS)
    for (const r of yearEnds) {
      const day = new Date(`${r.date}T00:00:00Z`)
      expect(day.getUTCMonth()).toBe(11)
      expect(day.getUTCDate()).toBeGreaterThanOrEqual(29)
      expect([0, 6]).not.toContain(day.getUTCDay())
    }
    expect(yearEnds.find(r => r.date.startsWith('1999'))!.close).toBe(4069.31)
  })

  it('labels the bars from the milestone dates and compares the falls as positive percentages', () => {
    expect(text.falls.map(f => f.label)).toEqual(['Mar 2000 → Oct 2002', 'Jan 27, 2025, one day'])
    expect(text.falls.map(f => f.pct)).toEqual([78, 3.07])
    expect(text.falls.map(f => f.printed)).toEqual(['−78%', '−3.07%'])
    // On the chart, one decimal like every figure there, within rounding of the exact fall.
    expect(text.falls.map(f => f.display)).toEqual(['−78.0%', '−3.1%'])
    for (const f of text.falls)
      expect(Math.abs(Number.parseFloat(f.display.slice(1)) - f.pct)).toBeLessThanOrEqual(0.05 + 1e-9)
    expect(text.dayPoints).toBe(612.47)
  })

  it('builds the annotations, the unit line and the text alternative from the registry', () => {
    expect(text.recovery).toBe('~15 years from record close to record close')
    expect(text.close(chart.rows.find(r => r.key === 'jan27')!)).toBe('19,341.8 on Jan 27, 2025')
    expect(text.dayFall).toBe('−3.1% that day')
    expect(text.unit).toMatch(/log scale; .*not the daily path/)
    expect(text.description).toContain('Dot-com peak (record close), Mar 10, 2000: 5,048.62')
    expect(text.description).toMatch(/^Nasdaq Composite closes on a log scale, from the last close of 1995 to Jan 27, 2025; /)
    expect(text.description).toMatch(/fell −78%, and it took ~15 years .* On Jan 27, 2025 it fell −3\.07% in one day\.$/)
  })
})

describe.each([880, 860, 360])('dotcom layout at %i', (width) => {
  const geo = chart.layout(width)
  interface Box { x0: number, x1: number, y0: number, y1: number, what: string }
  const box = (p: { x: number, y: number, anchor?: 'start' | 'middle' | 'end' }, what: string, size = 16): Box => {
    const w = estimateTextWidth(what, size)
    const x0 = p.anchor === 'end' ? p.x - w : p.anchor === 'middle' ? p.x - w / 2 : p.x
    return { x0, x1: x0 + w, y0: p.y - size * 0.8, y1: p.y + size * 0.25, what }
  }
  const milestone = (key: string) => chart.rows.find(r => r.key === key)!
  const labels: Box[] = [
    box(geo.caption, 'index points, log scale'),
    box(geo.labels.peak, text.close(milestone('peak'))),
    box(geo.labels.low, text.close(milestone('low'))),
    box(geo.labels.record, text.close(milestone('record'))),
    box(geo.labels.jan27, `${text.close(milestone('jan27'))}, ${text.dayFall}`),
    box(geo.fall, text.falls[0].display),
    box({ x: (geo.span.x1 + geo.span.x2) / 2, y: geo.span.y - 7, anchor: 'middle' }, text.recovery),
    box({ x: geo.panel.x, y: geo.panel.titleY }, 'How far it fell', 18),
    ...text.falls.flatMap((f, i) => [
      box({ x: geo.panel.x, y: geo.panel.barY[i] - 10 }, f.label),
      // At full length: the largest fall's bar is barMax long.
      box({ x: geo.panel.x + (f.pct / text.falls[0].pct) * geo.panel.barMax + 8, y: geo.panel.barY[i] + 20 }, f.display),
    ]),
    ...geo.panel.note.lines.map((l, k) => box({ x: geo.panel.x, y: geo.panel.note.y[k] }, l)),
  ]

  it('keeps every annotation inside the chart and clear of the others', () => {
    for (const l of labels) {
      expect(l.x0, l.what).toBeGreaterThanOrEqual(0)
      expect(l.x1, l.what).toBeLessThanOrEqual(width)
      expect(l.y0, l.what).toBeGreaterThanOrEqual(0)
      expect(l.y1, l.what).toBeLessThanOrEqual(geo.height)
    }
    const apart = (a: Box, b: Box) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0
    labels.forEach((a, i) => labels.slice(i + 1).forEach(b => expect(apart(a, b), `${a.what} / ${b.what}`).toBe(true)))
  })

  it('keeps the fall bars clear of the plot, in proportion, from one zero', () => {
    const panelTop = Math.min(...geo.panel.barY) - 26
    const besidePlot = geo.panel.x >= geo.plot.right + 20
    const underPlot = panelTop >= geo.xLabelAt + 4
    expect(besidePlot || underPlot).toBe(true)
    expect(geo.panel.x + geo.panel.barMax).toBeLessThanOrEqual(width)
    expect(geo.dayDrop.y1).toBeLessThan(geo.dayDrop.y2)
  })
})
