/**
 * Value axes for the cost and compute charts. Pure: no Vue, no DOM.
 * Bars always start at zero, so they live on a linear axis only (`barLayout`, here). A log axis
 * has no zero, so a bar on it would measure nothing: values on a log axis are dots (`dotLayout`
 * in lib/log-dots.ts), each at its own position on a labelled axis that runs between powers of ten.
 */
import { scaleBand, scaleLinear } from 'd3-scale'

/** The scale a reader can pick: zero-based bars, or dots on a log axis. */
export type BarScale = 'log' | 'linear'

export interface BarInput {
  key: string
  value: number
}

export interface LaidBar {
  key: string
  value: number
  /** The bar runs from x (zero) to x + width. */
  x: number
  width: number
  y: number
  height: number
}

export interface BarLayout {
  scale: 'linear'
  /** Where every bar starts: x(0). */
  baseX: number
  domain: [number, number]
  bars: LaidBar[]
  /** Gridlines: about five round numbers from zero. */
  ticks: { value: number, x: number }[]
  /** Maps any value to x, clamped to the plot. */
  x: (value: number) => number
}

export interface BarOptions {
  width: number
  height: number
  marginLeft: number
  marginRight?: number
  /** Only 'linear': bars start at zero. A log axis takes `dotLayout`. */
  scale?: 'linear'
  /** Top of the domain; defaults to the largest value, rounded up to a nice number. */
  top?: number
  paddingInner?: number
}

/** Throws on a value a bar or dot cannot show: not finite, or below zero. */
export function checkValues(rows: readonly BarInput[], name: string): void {
  for (const r of rows) {
    if (!Number.isFinite(r.value) || r.value < 0)
      throw new TypeError(`${name}: "${r.key}" needs a finite value ≥ 0, got ${r.value}`)
  }
}

export function checkPlot(name: string, width: number, height: number, marginLeft: number, marginRight: number): void {
  if (!(width > marginLeft + marginRight) || !(height > 0))
    throw new TypeError(`${name}: plot area is empty (width ${width}, height ${height})`)
}

/** One band per row, in input order, down the plot's height. */
export function bands(rows: readonly BarInput[], height: number, paddingInner: number) {
  return scaleBand<string>().domain(rows.map(r => r.key)).range([0, height]).paddingInner(paddingInner)
}

/**
 * Zero-based horizontal bars, one band per row, in input order. The domain covers every row,
 * so rows revealed at a later step never rescale the bars already shown.
 */
export function barLayout(rows: readonly BarInput[], o: BarOptions): BarLayout {
  const { width, height, marginLeft, marginRight = 80, paddingInner = 0.3 } = o
  if (o.scale !== undefined && o.scale !== 'linear')
    throw new TypeError(`barLayout: bars need a zero-based linear axis; use dotLayout for a log axis`)
  checkPlot('barLayout', width, height, marginLeft, marginRight)
  checkValues(rows, 'barLayout')
  const max = Math.max(0, ...rows.map(r => r.value), o.top ?? 0)
  const range: [number, number] = [marginLeft, width - marginRight]
  const s = scaleLinear().domain([0, max || 1]).range(range).nice(5).clamp(true)
  const x = (v: number) => s(v)
  const y = bands(rows, height, paddingInner)
  const baseX = range[0]
  return {
    scale: 'linear',
    baseX,
    domain: s.domain() as [number, number],
    x,
    ticks: s.ticks(5).map(value => ({ value, x: x(value) })),
    bars: rows.map(r => ({
      key: r.key,
      value: r.value,
      x: baseX,
      width: Math.max(0, x(r.value) - baseX),
      y: y(r.key) ?? 0,
      height: y.bandwidth(),
    })),
  }
}
