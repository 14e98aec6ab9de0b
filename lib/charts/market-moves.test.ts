import { describe, expect, it } from 'vitest'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { estimateTextWidth } from '../text-width'
import { marketMovesChart, marketMovesText, MOVE_GROUPS, movePct } from './market-moves'

describe('market-moves chart definition', () => {
  it.each([
    { clicks: -1, groups: ['index'], marks: 3 },
    { clicks: 0, groups: ['index'], marks: 3 },
    { clicks: 1, groups: ['index', 'chips'], marks: 8 },
    { clicks: 2, groups: ['index', 'chips', 'rest'], marks: 13 },
    { clicks: 999999, groups: ['index', 'chips', 'rest'], marks: 13 },
  ])('click $clicks shows $marks bars', ({ clicks, groups, marks }) => {
    const state = marketMovesChart.at(clicks)
    expect([...new Set(state.shownRows.map(r => r.group))]).toEqual(groups)
    expect(state.marks).toBe(marks)
    expect(marketMovesChart.spec.marksAtStep(clicks)).toBe(marks)
  })

  it('reads every move from the registry', () => {
    for (const row of marketMovesChart.rows) {
      expect(row.pct).toBe(numberFact(row.factId))
      expect(row.printed).toBe(printedFact(row.factId))
      // One decimal on the chart for every row, within rounding of the exact move.
      expect(row.display).toMatch(/^[−+]\d+\.\d%$/)
      expect(Math.abs(Number.parseFloat(row.display.replace('−', '-')) - row.pct)).toBeLessThanOrEqual(0.05 + 1e-9)
    }
    expect([movePct(-16.97), movePct(0.65), movePct(0)]).toEqual(['−17.0%', '+0.7%', '0.0%'])
  })

  it('dates the unit line, title and description from the registry', () => {
    const day = getFact(marketMovesChart.rows[0].factId).asOf
    expect(marketMovesText.unit).toBe(`% change, close Jan 24, 2025 → close ${formatDate(day)}`)
    expect(marketMovesChart.dataset.title).toBe(`One day, two directions: moves on ${formatDate(day)}`)
    expect(marketMovesText.description).toMatch(/^Percentage change on Jan 27, 2025\. Fell: Marvell -19\.1%, /)
    expect(marketMovesText.description).toContain('Rose: ')
  })

  it('names the three groups in step order and marks Nvidia\'s row, and only it', () => {
    expect(MOVE_GROUPS.map(g => g.label)).toEqual(['Indexes', 'Chipmakers', 'Others'])
    expect(MOVE_GROUPS.map(g => g.group)).toEqual(marketMovesChart.steps.at(-1))
    expect(marketMovesChart.rows.filter(r => r.nvidia).map(r => r.name)).toEqual(['Nvidia'])
  })
})

describe.each([880, 360])('market-moves layout at %i', (width) => {
  const geo = marketMovesChart.layout(width)
  const rows = marketMovesChart.rows
  const box = (x: number, y: number, w: number, anchor: 'start' | 'end') => ({ x0: anchor === 'end' ? x - w : x, x1: anchor === 'end' ? x : x + w, y0: y - 9, y1: y + 9 })

  it('keeps every name and value inside the chart, clear of each other and of the bars', () => {
    const labels = geo.bars.flatMap((b, i) => [
      box(b.nameX, b.nameY, estimateTextWidth(rows[i].name), b.nameAnchor),
      box(b.labelX, b.y + b.height / 2, estimateTextWidth(rows[i].display), b.anchor),
    ])
    const marks = geo.bars.map(b => ({ x0: b.x, x1: b.x + b.width, y0: b.y, y1: b.y + b.height }))
    for (const l of labels) {
      expect(l.x0).toBeGreaterThanOrEqual(0)
      expect(l.x1).toBeLessThanOrEqual(width)
    }
    const apart = (a: typeof labels[number], b: typeof labels[number]) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0
    labels.forEach((a, i) => labels.slice(i + 1).forEach(b => expect(apart(a, b)).toBe(true)))
    labels.forEach(a => marks.forEach(m => expect(apart(a, m)).toBe(true)))
  })

  it('keeps zero inside and the bars in proportion', () => {
    const [a, b] = [geo.bars[0], geo.bars.at(-1)!]
    expect(a.width / b.width).toBeCloseTo(Math.abs(rows[0].pct / rows.at(-1)!.pct), 6)
    expect(geo.ticks.map(t => t.label)).toContain('0%')
  })
})
