/**
 * Values on a log axis, drawn as dots: a log axis has no zero, so a bar on it would measure
 * nothing (bars live on the linear axis of lib/log-bars.ts). Pure: no Vue, no DOM.
 */
import type { BarInput } from './log-bars'
import { scaleLog } from 'd3-scale'
import { bands, checkPlot, checkValues } from './log-bars'

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
