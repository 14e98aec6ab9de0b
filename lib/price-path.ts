/**
 * Layout for a few daily closes on a trading-day axis, where some days have no verified close:
 * consecutive closes join with a solid line, a missing day becomes a "gap" segment the chart
 * draws dashed and labels. The y axis is in dollars; percent ticks (change from the first
 * close) are placed on the same scale, so switching units relabels the axis without moving a mark.
 * Pure: no Vue, no DOM.
 */
import { scaleLinear, scalePoint } from 'd3-scale'
import { line } from 'd3-shape'
import { pctChange } from './change'
import type { PlotBox } from './plot-box'
import { assertPlotArea } from './plot-box'

export interface PricePoint {
  date: string
  close: number
}

export interface PlacedPoint extends PricePoint {
  x: number
  y: number
  /** Change from the first close, in percent. */
  pct: number
}

export interface PriceSegment {
  /** Indexes into `points`. */
  from: number
  to: number
  /** 'gap' when trading days between the two closes have no close in the data. */
  kind: 'solid' | 'gap'
  missing: string[]
  d: string
}

export interface PricePathLayout {
  points: PlacedPoint[]
  slots: { date: string, x: number, hasClose: boolean }[]
  segments: PriceSegment[]
  /** y of the first close: the reference line for percent changes. */
  baseY: number | null
  domain: [number, number]
  usdTicks: { value: number, y: number }[]
  pctTicks: { value: number, y: number }[]
  plot: { left: number, right: number, top: number, bottom: number }
}

export interface PricePathOptions extends PlotBox {
  /** Dollar tick spacing; the domain is rounded out to it (default 10). */
  usdStep?: number
  /** Percent tick spacing (default 5). */
  pctStep?: number
}

const toPath = line()

/** The dollar axis: the closes rounded out to whole steps, never empty ([0, step] for no closes). */
export function priceDomain(closes: readonly number[], step = 10): [number, number] {
  const lo = closes.length ? Math.floor(Math.min(...closes) / step) * step : 0
  const hi = closes.length ? Math.ceil(Math.max(...closes) / step) * step : step
  return [lo, hi > lo ? hi : lo + step]
}

/** `slots` lists every trading day on the axis, in order; each point's date must be one of them. */
export function pricePathLayout(points: readonly PricePoint[], slots: readonly string[], o: PricePathOptions): PricePathLayout {
  const { width, height, marginLeft, marginRight, marginTop, marginBottom, usdStep = 10, pctStep = 5 } = o
  const plot = { left: marginLeft, right: width - marginRight, top: marginTop, bottom: height - marginBottom }
  assertPlotArea('pricePathLayout', plot.right - plot.left, plot.bottom - plot.top)
  const slotIndex = new Map(slots.map((date, i) => [date, i]))
  for (const p of points) {
    if (!Number.isFinite(p.close) || p.close <= 0)
      throw new TypeError(`pricePathLayout: the close on ${p.date} is not a positive number (${p.close})`)
    if (!slotIndex.has(p.date))
      throw new TypeError(`pricePathLayout: ${p.date} is not a trading day on the axis`)
  }
  const sorted = [...points].sort((a, b) => slotIndex.get(a.date)! - slotIndex.get(b.date)!)
  const [lo, hi] = priceDomain(sorted.map(p => p.close), usdStep)
  const x = scalePoint<string>().domain(slots).range([plot.left, plot.right])
  const y = scaleLinear().domain([lo, hi]).range([plot.bottom, plot.top])

  const base = sorted[0]?.close
  const placed: PlacedPoint[] = sorted.map(p => ({ ...p, x: x(p.date) ?? 0, y: y(p.close), pct: pctChange(base!, p.close) }))
  const segments: PriceSegment[] = placed.slice(1).map((p, i) => {
    const prev = placed[i]
    const missing = slots.slice(slotIndex.get(prev.date)! + 1, slotIndex.get(p.date)!)
    return {
      from: i,
      to: i + 1,
      kind: missing.length ? 'gap' : 'solid',
      missing,
      d: toPath([[prev.x, prev.y], [p.x, p.y]]) ?? '',
    }
  })

  const pctTicks: { value: number, y: number }[] = []
  if (base !== undefined) {
    const [pLo, pHi] = [pctChange(base, lo), pctChange(base, hi)]
    for (let v = Math.ceil(pLo / pctStep) * pctStep; v <= pHi; v += pctStep)
      pctTicks.push({ value: v, y: y(base * (1 + v / 100)) })
  }
  const withClose = new Set(sorted.map(p => p.date))
  return {
    points: placed,
    slots: slots.map(date => ({ date, x: x(date) ?? 0, hasClose: withClose.has(date) })),
    segments,
    baseY: base === undefined ? null : y(base),
    domain: [lo, hi],
    usdTicks: y.ticks((hi - lo) / usdStep).map(value => ({ value, y: y(value) })),
    pctTicks,
    plot,
  }
}
