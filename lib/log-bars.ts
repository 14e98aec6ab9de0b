/**
 * Value axes for the cost and compute charts. Pure: no Vue, no DOM.
 * Bars always start at zero, so they live on a linear axis only (`barLayout`). A log axis has no
 * zero, so a bar on it would measure nothing: values on a log axis are dots (`dotLayout`), each
 * at its own position on a labelled axis that runs between powers of ten.
 */
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale'

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

export interface LaidDot {
  key: string
  value: number
  /** The dot's centre on the axis. */
  cx: number
  /** The row's band: its top and height, like a bar's. */
  y: number
  height: number
}

export interface DotLayout {
  scale: 'log'
  /** Powers of ten at or below the smallest value and at or above the largest. */
  domain: [number, number]
  dots: LaidDot[]
  /** Gridlines at every power of ten of the domain. */
  ticks: { value: number, x: number }[]
  /** Left and right ends of the axis. */
  from: number
  to: number
  x: (value: number) => number
}

export interface DotOptions {
  width: number
  height: number
  marginLeft: number
  marginRight?: number
  paddingInner?: number
}

function checkValues(rows: readonly BarInput[], name: string): void {
  for (const r of rows) {
    if (!Number.isFinite(r.value) || r.value < 0)
      throw new TypeError(`${name}: "${r.key}" needs a finite value ≥ 0, got ${r.value}`)
  }
}

function checkPlot(name: string, width: number, height: number, marginLeft: number, marginRight: number): void {
  if (!(width > marginLeft + marginRight) || !(height > 0))
    throw new TypeError(`${name}: plot area is empty (width ${width}, height ${height})`)
}

function bands(rows: readonly BarInput[], height: number, paddingInner: number) {
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

/**
 * Dots on a log axis, one band per row, in input order: no bars, since a log axis has no zero.
 * The axis runs from the power of ten at or below the smallest value to the one at or above the
 * largest (at least one decade), with a gridline at each power of ten.
 */
export function dotLayout(rows: readonly BarInput[], o: DotOptions): DotLayout {
  const { width, height, marginLeft, marginRight = 80, paddingInner = 0.3 } = o
  checkPlot('dotLayout', width, height, marginLeft, marginRight)
  checkValues(rows, 'dotLayout')
  for (const r of rows) {
    if (r.value <= 0)
      throw new TypeError(`dotLayout: "${r.key}" (${r.value}) has no place on a log axis`)
  }
  const values = rows.map(r => r.value)
  const lowExp = values.length ? Math.floor(Math.log10(Math.min(...values)) + 1e-12) : 0
  const highExp = Math.max(lowExp + 1, values.length ? Math.ceil(Math.log10(Math.max(...values)) - 1e-12) : 1)
  const domain: [number, number] = [10 ** lowExp, 10 ** highExp]
  const from = marginLeft
  const to = width - marginRight
  const s = scaleLog().domain(domain).range([from, to]).clamp(true)
  const x = (v: number) => s(v)
  const ticks: { value: number, x: number }[] = []
  for (let e = lowExp; e <= highExp; e++)
    ticks.push({ value: 10 ** e, x: x(10 ** e) })
  const y = bands(rows, height, paddingInner)
  return {
    scale: 'log',
    domain,
    from,
    to,
    x,
    ticks,
    dots: rows.map(r => ({ key: r.key, value: r.value, cx: x(r.value), y: y(r.key) ?? 0, height: y.bandwidth() })),
  }
}

/**
 * Edges of whole copies of `unit` laid end to end inside `total`: [unit, 2·unit, …].
 * Used to draw "this bar holds about 11 of that one".
 */
export function multiplesWithin(unit: number, total: number): number[] {
  if (!Number.isFinite(unit) || unit <= 0)
    throw new TypeError(`multiplesWithin: unit must be a positive number, got ${unit}`)
  if (!Number.isFinite(total) || total < 0)
    throw new TypeError(`multiplesWithin: total must be a finite number ≥ 0, got ${total}`)
  const out: number[] = []
  for (let k = 1; k * unit <= total * (1 + 1e-12); k++)
    out.push(k * unit)
  return out
}
