import { describe, expect, it } from 'vitest'
import { displayFact, getFact, numberFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { appRankChart, appRankDays, appRankText } from './app-rank'

describe('app-rank chart definition', () => {
  it.each([
    { clicks: -1, series: ['appstore'], marks: 3 },
    { clicks: 0, series: ['appstore'], marks: 3 },
    { clicks: 1, series: ['appstore', 'play'], marks: 5 },
    { clicks: 2, series: ['appstore', 'play'], marks: 6 },
    { clicks: 999999, series: ['appstore', 'play'], marks: 6 },
  ])('click $clicks shows $marks marks', ({ clicks, series, marks }) => {
    const state = appRankChart.at(clicks)
    expect([...new Set(state.shownRows.map(r => r.series))]).toEqual(series)
    expect(state.marks).toBe(marks)
    expect(appRankChart.spec.marksAtStep(clicks)).toBe(marks)
    expect(state.step.includes('selloff')).toBe(marks === 6)
  })

  it('reads every rank and its day from the registry', () => {
    expect(appRankChart.rows).toHaveLength(5)
    for (const row of appRankChart.rows) {
      expect(row.rank).toBe(numberFact(row.factId))
      expect(row.date).toBe(getFact(row.factId).asOf)
    }
    expect(appRankChart.rows.map(r => r.rank)).toEqual([31, 1, 1, 133, 14])
    expect(appRankDays).toEqual({ from: '2025-01-24', to: '2025-01-27' })
  })

  it('labels each point: the rank, the store on the latest point, the day when approximate', () => {
    expect(appRankChart.rows.map(r => r.label)).toEqual(['#31 (about Jan 24)', '#1', '#1 App Store (US)', '#133', '#14 Google Play (US)'])
  })

  it('writes the sell-off marker, the title and the description from the registry', () => {
    expect(appRankText.sell).toEqual({ date: '2025-01-27', label: `Nvidia ${displayFact('move-nvidia-pct')}`, sub: 'in one day' })
    expect(appRankChart.dataset.title).toBe('DeepSeek’s app rank, Jan 24–27, 2025, and the Monday sell-off')
    expect(appRankText.description).toContain('Google Play US: No. 133 on Jan 24, 2025, No. 14 on Jan 27, 2025')
    expect(appRankText.description).toMatch(/On Monday Jan 27, 2025, Nvidia's shares moved −16\.97%\.$/)
    expect(appRankChart.dataset.factIds).toContain('move-nvidia-pct')
  })
})

describe('app-rank layout(width)', () => {
  const box = (p: ReturnType<typeof appRankChart.layout>['points'][number]) => {
    const w = estimateTextWidth(p.label, 16)
    const x0 = p.anchor === 'start' ? p.x + p.dx : p.anchor === 'end' ? p.x + p.dx - w : p.x + p.dx - w / 2
    return { x0, x1: x0 + w, y0: p.y + p.dy - 13, y1: p.y + p.dy + 4 }
  }

  // 400: the article's width (scripts/article/render.mjs).
  describe.each([880, 400, 360])('at width %i', (width) => {
    const l = appRankChart.layout(width)

    it('keeps every point label on the chart and clear of every other', () => {
      const boxes = l.points.map(box)
      for (const b of boxes) {
        expect(b.x0).toBeGreaterThanOrEqual(0)
        expect(b.x1).toBeLessThanOrEqual(width)
      }
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false)
      }))
    })

    it('keeps the day labels on the chart, a gap between neighbours', () => {
      const lineBoxes = l.xTicks.map(t => t.lines.map((line) => {
        const w = estimateTextWidth(line.text, 16)
        return { x0: t.x - w / 2, x1: t.x + w / 2, y: line.y }
      }))
      for (const b of lineBoxes.flat()) {
        expect(b.x0).toBeGreaterThanOrEqual(0)
        expect(b.x1).toBeLessThanOrEqual(width)
      }
      lineBoxes.slice(1).forEach((line, i) => line.forEach((b) => {
        for (const a of lineBoxes[i].filter(a => a.y === b.y))
          expect(b.x0 - a.x1, `${l.xTicks[i].label} / ${l.xTicks[i + 1].label}`).toBeGreaterThanOrEqual(4)
      }))
    })

    it('draws one point per row and keeps the day ticks inside the plot', () => {
      expect(l.points).toHaveLength(appRankChart.rows.length)
      for (const t of l.xTicks)
        expect(t.x).toBeGreaterThanOrEqual(l.plot.left)
      expect(l.sellX).toBeLessThanOrEqual(l.plot.right)
    })
  })

  it('stacks the weekday over the date and moves the key to its own line on a phone', () => {
    expect(appRankChart.layout(880).xTicks.every(t => t.lines.length === 1)).toBe(true)
    expect(appRankChart.layout(360).xTicks.every(t => t.lines.length === 2)).toBe(true)
    expect(appRankChart.layout(360).key.y).toBeGreaterThan(appRankChart.layout(880).key.y)
  })
})
