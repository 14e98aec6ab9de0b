import { describe, expect, it } from 'vitest'
import { numberFact } from '../facts'
import { estimateTextWidth } from '../text-width'
import { priceDisplay, usagePriceChart, usagePriceText } from './usage-price'

describe('usage-price chart definition', () => {
  it.each([
    { clicks: -1, bars: 1 },
    { clicks: 0, bars: 1 },
    { clicks: 1, bars: 2 },
    { clicks: 2, bars: 4 },
    { clicks: 999999, bars: 4 },
  ])('click $clicks shows $bars bars', ({ clicks, bars }) => {
    expect(usagePriceChart.at(clicks).shownRows).toEqual(usagePriceChart.rows.slice(0, bars))
    expect(usagePriceChart.spec.marksAtStep(clicks)).toBe(bars)
  })

  it('reads every price from the registry', () => {
    for (const row of usagePriceChart.rows)
      expect(row.usd).toBe(numberFact(row.factId))
    expect(usagePriceChart.rows.map(r => r.printed)).toEqual(['$2.19', '$60', '$0.55', '$15'])
    // On the chart, two decimals for every price, each the registry's value.
    for (const row of usagePriceChart.rows)
      expect(row.display).toBe(priceDisplay(numberFact(row.factId)))
    expect(usagePriceChart.rows.map(r => r.display)).toEqual(['$2.19', '$60.00', '$0.55', '$15.00'])
  })

  it('prints the gaps and DeepSeek’s claim from the registry, the claim attributed', () => {
    expect(usagePriceText.gap).toEqual({ output: '≈27× cheaper', input: '≈27× cheaper' })
    expect(usagePriceText.claim).toBe('DeepSeek’s own claim, reported by Reuters: 20–50× cheaper, depending on the task')
    expect(usagePriceChart.dataset.factIds).toEqual(expect.arrayContaining(['price-gap-multiple', 'price-gap-multiple-input', 'price-gap-reuters-range']))
  })

  it('has one id for the chart, its data-chart and its CSV', () => {
    expect(usagePriceChart.spec).toMatchObject({ chartId: 'usage-price', steps: 3 })
    expect(usagePriceText.row(usagePriceChart.rows[0])).toBe('DeepSeek-R1, output tokens: $2.19 per 1M')
  })
})

describe.each([880, 640, 360])('usage-price layout at %i', (width) => {
  const geo = usagePriceChart.layout(width)
  const rows = usagePriceChart.rows
  interface Box { x0: number, x1: number, y0: number, y1: number }
  const box = (x: number, baseline: number, w: number, anchor: 'start' | 'end' = 'start'): Box =>
    ({ x0: anchor === 'end' ? x - w : x, x1: anchor === 'end' ? x : x + w, y0: baseline - 13, y1: baseline + 4 })
  const labels = [
    ...geo.bars.flatMap((b, i) => [
      box(b.name.x, b.name.y, estimateTextWidth(rows[i].model), b.name.anchor),
      box(geo.baseX + b.width + geo.valueGap, b.mid + 5.6, estimateTextWidth(rows[i].display)),
    ]),
    ...geo.gaps.map(g => box(g.x, g.y, estimateTextWidth(usagePriceText.gap[g.tokens]))),
    ...geo.groups.map(g => box(0, g.headingY, estimateTextWidth(usagePriceText.heading[g.tokens]))),
    ...geo.claim.lines.map((l, k) => box(geo.claim.x, geo.claim.y[k], estimateTextWidth(l))),
    ...geo.ticks.map(t => box(t.at - estimateTextWidth(t.label) / 2, geo.foot + 20, estimateTextWidth(t.label))).slice(1),
  ]
  const marks = geo.bars.map(b => ({ x0: geo.baseX, x1: geo.baseX + b.width, y0: b.y, y1: b.y + b.height }))
  const apart = (a: Box, b: Box) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0

  it('keeps every label inside the chart, clear of the others and of the bars', () => {
    for (const l of labels) {
      expect(l.x0).toBeGreaterThanOrEqual(0)
      expect(l.x1).toBeLessThanOrEqual(width)
      expect(l.y1).toBeLessThanOrEqual(geo.height)
    }
    labels.forEach((a, i) => labels.slice(i + 1).forEach(b => expect(apart(a, b)).toBe(true)))
    labels.forEach(a => marks.forEach(m => expect(apart(a, m)).toBe(true)))
  })

  it('draws every bar from one zero, to one scale', () => {
    expect(geo.bars[1].width / geo.bars[0].width).toBeCloseTo(rows[1].usd / rows[0].usd, 6)
    expect(geo.bars[3].width / geo.bars[1].width).toBeCloseTo(rows[3].usd / rows[1].usd, 6)
    expect(geo.ticks[0]).toEqual({ at: geo.baseX, label: '$0' })
  })
})
