/**
 * Horizontal bars on a log or a linear axis. Pure: no Vue, no DOM.
 * A log axis has no zero, so its bars start at a stated floor (e.g. $100K) that the chart must
 * print; a linear axis always starts at zero.
 */
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale'

export type BarScale = 'log' | 'linear'

export interface BarInput {
  key: string
  value: number
}

export interface LaidBar {
  key: string
  value: number
  /** The bar runs from x (the axis floor, or zero) to x + width. */
  x: number
  width: number
  y: number
  height: number
}

export interface BarLayout {
  scale: BarScale
  /** Where every bar starts: x(floor) on a log axis, x(0) on a linear one. */
  baseX: number
  domain: [number, number]
  bars: LaidBar[]
  /** Gridlines: powers of ten on a log axis, about five round numbers on a linear one. */
  ticks: { value: number, x: number }[]
  /** Maps any value to x, clamped to the plot. */
  x: (value: number) => number
}

export interface BarOptions {
  width: number
  height: number
  marginLeft: number
  marginRight?: number
  scale: BarScale
  /** Log axis floor, a power of ten at or below every value. Ignored on a linear axis. */
  floor?: number
  /** Top of the domain; defaults to the largest value (rounded up to a power of ten or a nice number). */
  top?: number
  paddingInner?: number
}

function checkValues(rows: readonly BarInput[]): void {
  for (const r of rows) {
    if (!Number.isFinite(r.value) || r.value < 0)
      throw new TypeError(`barLayout: "${r.key}" needs a finite value ≥ 0, got ${r.value}`)
  }
}

/**
 * One band per row, in input order. The domain covers every row, so rows revealed at a later
 * step never rescale the bars already shown.
 */
export function barLayout(rows: readonly BarInput[], o: BarOptions): BarLayout {
  const { width, height, marginLeft, marginRight = 80, scale, paddingInner = 0.3 } = o
  if (!(width > marginLeft + marginRight) || !(height > 0))
    throw new TypeError(`barLayout: plot area is empty (width ${width}, height ${height})`)
  checkValues(rows)
  const max = Math.max(0, ...rows.map(r => r.value), o.top ?? 0)
  const range: [number, number] = [marginLeft, width - marginRight]
  let x: (v: number) => number
  let domain: [number, number]
  let ticks: number[]
  if (scale === 'log') {
    const floor = o.floor
    if (floor === undefined || !Number.isFinite(floor) || floor <= 0)
      throw new TypeError(`barLayout: a log axis needs a positive floor, got ${floor}`)
    for (const r of rows) {
      if (r.value < floor)
        throw new TypeError(`barLayout: "${r.key}" (${r.value}) is below the log floor ${floor}`)
    }
    const top = 10 ** Math.ceil(Math.log10(Math.max(max, floor * 10)))
    domain = [floor, top]
    const s = scaleLog().domain(domain).range(range).clamp(true)
    x = v => s(Math.max(v, floor))
    ticks = []
    for (let t = floor; t <= top * 1.0001; t *= 10)
      ticks.push(t)
  }
  else {
    const s = scaleLinear().domain([0, max || 1]).range(range).nice(5).clamp(true)
    domain = s.domain() as [number, number]
    x = v => s(v)
    ticks = s.ticks(5)
  }
  const y = scaleBand<string>().domain(rows.map(r => r.key)).range([0, height]).paddingInner(paddingInner)
  const baseX = range[0]
  return {
    scale,
    baseX,
    domain,
    x,
    ticks: ticks.map(value => ({ value, x: x(value) })),
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
