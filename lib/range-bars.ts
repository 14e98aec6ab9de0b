/**
 * Layout for zero-based horizontal bars whose value may be a low–high range (sources that
 * disagree): a solid bar to the low value and a lighter extension to the high one. Pure.
 */
import { scaleBand, scaleLinear } from 'd3-scale'
import { assertPlotArea } from './plot-box'

export interface RangeBarInput {
  key: string
  low: number
  high: number
}

export interface RangeBar extends RangeBarInput {
  /** The bar starts at x(0); `width` reaches the low value, `extWidth` continues to the high one. */
  x: number
  width: number
  extWidth: number
  y: number
  height: number
  /** Where the value label starts, just past the high end. */
  labelX: number
}

export interface RangeBarLayout {
  zeroX: number
  bars: RangeBar[]
  ticks: { value: number, x: number }[]
}

export interface RangeBarOptions {
  width: number
  height: number
  /** Room left of zero for row names. */
  marginLeft: number
  /** Room right of the longest bar for its value label. */
  marginRight?: number
  labelGap?: number
  tickCount?: number
}

/**
 * One band per row, top to bottom in input order. The domain is [0, max high], niced, and covers
 * every row, so a row revealed at a later step never rescales the rows already shown.
 */
export function rangeBarLayout(rows: readonly RangeBarInput[], o: RangeBarOptions): RangeBarLayout {
  const { width, height, marginLeft, marginRight = 100, labelGap = 8, tickCount = 6 } = o
  assertPlotArea('rangeBarLayout', width - marginLeft - marginRight, height)
  for (const r of rows) {
    if (!Number.isFinite(r.low) || !Number.isFinite(r.high))
      throw new TypeError(`rangeBarLayout: "${r.key}" has a non-finite value ${r.low}–${r.high}`)
    if (r.low < 0)
      throw new TypeError(`rangeBarLayout: "${r.key}" is negative (${r.low}); bars here start at zero`)
    if (r.low > r.high)
      throw new TypeError(`rangeBarLayout: "${r.key}" has low ${r.low} above high ${r.high}`)
  }
  const max = Math.max(0, ...rows.map(r => r.high))
  const x = scaleLinear().domain([0, max || 1]).nice(tickCount).range([marginLeft, width - marginRight])
  const y = scaleBand<string>().domain(rows.map(r => r.key)).range([0, height]).paddingInner(0.3)
  const zeroX = x(0)
  return {
    zeroX,
    ticks: x.ticks(tickCount).map(value => ({ value, x: x(value) })),
    bars: rows.map(r => ({
      ...r,
      x: zeroX,
      width: x(r.low) - zeroX,
      extWidth: x(r.high) - x(r.low),
      y: y(r.key) ?? 0,
      height: y.bandwidth(),
      labelX: x(r.high) + labelGap,
    })),
  }
}

/** A bar part-way through growing from zero (`grow` 0 → 1); hidden until it starts. */
export interface GrownRangeBar extends RangeBar {
  /** Vertical centre of the band, for the row's labels. */
  mid: number
  opacity: 0 | 1
}

/** The bar and its extension at `grow` of their lengths, the value label following the end. */
export function growRangeBar(bar: RangeBar, grow: number): GrownRangeBar {
  const gap = bar.labelX - (bar.x + bar.width + bar.extWidth)
  const width = bar.width * grow
  const extWidth = bar.extWidth * grow
  return {
    ...bar,
    width,
    extWidth,
    labelX: bar.x + width + extWidth + gap,
    mid: bar.y + bar.height / 2,
    opacity: grow > 0.01 ? 1 : 0,
  }
}
