import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { numberOrEnd } from '../facts'
import { LOSS_NAME_SIZE } from '../largest-losses-layout'
import { estimateTextWidth } from '../text-width'
import { largestLossesChart, largestLossesText, recordMultiple } from './largest-losses'

describe('largest-losses chart definition', () => {
  it.each([
    { clicks: -1, companies: ['Nvidia', 'Meta', 'Apple'], latest: false },
    { clicks: 0, companies: ['Nvidia', 'Meta', 'Apple'], latest: false },
    { clicks: 1, companies: ['Nvidia', 'Nvidia', 'Meta', 'Apple'], latest: true },
    { clicks: 999999, companies: ['Nvidia', 'Nvidia', 'Meta', 'Apple'], latest: true },
  ])('click $clicks shows $companies.length bars', ({ clicks, companies, latest }) => {
    const state = largestLossesChart.at(clicks)
    expect(state.shownRows.map(r => r.company)).toEqual(companies)
    expect(state.shownRows.some(r => r.latest)).toBe(latest)
    expect(largestLossesChart.spec.marksAtStep(clicks)).toBe(companies.length)
  })

  it('reads every loss, range and day from the registry', () => {
    for (const row of largestLossesChart.rows) {
      expect(row.low).toBe(numberOrEnd(row.factId, 'low'))
      expect(row.high).toBe(numberOrEnd(row.factId, 'high'))
    }
    expect(largestLossesChart.rows[0]).toMatchObject({ date: '2025-01-27', low: 589e9, high: 593e9, printed: '$589–593B', latest: true })
    expect(largestLossesChart.rows.map(r => r.date)).toEqual(['2025-01-27', '2024-09-03', '2022-02-03', '2020-09-03'])
  })

  it('bears out the slide\'s claim: the newest loss is more than twice the previous record', () => {
    expect(recordMultiple).toBeCloseTo(589 / 279, 6)
    const slide = readFileSync(resolve(__dirname, '../../pages/05-market.md'), 'utf8')
    const claim = slide.match(/<LargestLossesChart[^>]*\sclaim="([^"]+)"/)?.[1]
    expect(claim).toBe('more than twice the previous record')
    expect(recordMultiple).toBeGreaterThan(2)
  })

  it('describes the records oldest first, with the claim only when the slide gives one', () => {
    const text = largestLossesText.description('more than twice the previous record')
    expect(text).toMatch(/^Record one-day losses of market value, oldest first\. Apple, Sep 3, 2020: ~\$180B; /)
    expect(text).toMatch(/Nvidia, Jan 27, 2025: \$589–593B\. The Jan 27, 2025 loss is more than twice the previous record\.$/)
    expect(largestLossesText.description()).toMatch(/\$589–593B\.$/)
  })
})

describe.each([880, 640, 360])('largest-losses layout at %i', (width) => {
  const geo = largestLossesChart.layout(width)
  const rows = largestLossesChart.rows
  interface Box { x0: number, x1: number, y0: number, y1: number }
  const box = (l: { x: number, y: number, anchor: 'start' | 'end' }, w: number, size = 16): Box =>
    ({ x0: l.anchor === 'end' ? l.x - w : l.x, x1: l.anchor === 'end' ? l.x : l.x + w, y0: l.y - size * 0.8, y1: l.y + size * 0.25 })

  it('keeps names, dates and values inside the chart, clear of each other and of the bars', () => {
    const labels = geo.bars.flatMap((b, i) => [
      box(b.name, estimateTextWidth(rows[i].company, LOSS_NAME_SIZE), LOSS_NAME_SIZE),
      box(b.date, estimateTextWidth(rows[i].day)),
      box({ x: b.labelX, y: b.y + b.height / 2 + 5.6, anchor: 'start' }, estimateTextWidth(rows[i].printed)),
    ])
    const marks = geo.bars.map(b => ({ x0: b.x, x1: b.x + b.width + b.extWidth, y0: b.y, y1: b.y + b.height }))
    for (const l of labels) {
      expect(l.x0).toBeGreaterThanOrEqual(0)
      expect(l.x1).toBeLessThanOrEqual(width)
    }
    const apart = (a: Box, b: Box) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0
    labels.forEach((a, i) => labels.slice(i + 1).forEach(b => expect(apart(a, b)).toBe(true)))
    labels.forEach(a => marks.forEach(m => expect(apart(a, m)).toBe(true)))
  })

  it('starts every bar at zero, in proportion, with the ticks under the bars', () => {
    expect(new Set(geo.bars.map(b => b.x))).toEqual(new Set([geo.zeroX]))
    const [a, b] = [geo.bars[0], geo.bars.at(-1)!]
    expect(a.width / b.width).toBeCloseTo(rows[0].low / rows.at(-1)!.low, 6)
    expect(geo.ticks[0].label).toBe('$0')
    expect(Math.max(...geo.bars.map(b => b.y + b.height))).toBeLessThanOrEqual(geo.foot)
    expect(LOSS_NAME_SIZE).toBeGreaterThanOrEqual(16)
  })
})
