/** Layout for horizontal bars that diverge from zero. Pure: no Vue, no DOM. */
import { scaleBand, scaleLinear } from 'd3-scale'
import { assertPlotArea } from './plot-box'

export interface DivergingInput {
  key: string
  value: number
}

export interface DivergingBar {
  key: string
  value: number
  /** Left edge and width: the bar always touches x(0). */
  x: number
  width: number
  y: number
  height: number
  /** Where the value label sits, and which side of the bar it hugs. */
  labelX: number
  anchor: 'start' | 'end'
}

export interface DivergingLayout {
  zeroX: number
  bars: DivergingBar[]
  ticks: { value: number, x: number }[]
}

export interface DivergingOptions {
  width: number
  height: number
  /** Space kept left of the plot for row names. */
  marginLeft: number
  marginRight?: number
  labelGap?: number
  /** Extra room beyond the extremes for value labels, as a share of the span (default 0.15). */
  pad?: number
}

/**
 * One band per input row; the x domain always includes 0 and covers every row, so revealing
 * more rows at a later step never rescales the bars already shown.
 */
export function divergingLayout(rows: readonly DivergingInput[], o: DivergingOptions): DivergingLayout {
  const { width, height, marginLeft, marginRight = 60, labelGap = 6, pad = 0.15 } = o
  assertPlotArea('divergingLayout', width - marginLeft - marginRight, height)
  for (const r of rows) {
    if (!Number.isFinite(r.value))
      throw new TypeError(`divergingLayout: "${r.key}" has a non-finite value ${r.value}`)
  }
  const values = rows.map(r => r.value)
  const lo = Math.min(0, ...values)
  const hi = Math.max(0, ...values)
  const span = hi - lo || 1
  const domain = [lo < 0 ? lo - span * pad : 0, hi > 0 ? hi + span * pad : lo === hi ? 1 : 0]
  const x = scaleLinear().domain(domain).range([marginLeft, width - marginRight])
  const y = scaleBand<string>().domain(rows.map(r => r.key)).range([0, height]).paddingInner(0.25)
  const zeroX = x(0)
  return {
    zeroX,
    ticks: x.ticks(5).map(value => ({ value, x: x(value) })),
    bars: rows.map((r) => {
      const end = x(r.value)
      const negative = r.value < 0
      return {
        key: r.key,
        value: r.value,
        x: Math.min(zeroX, end),
        width: Math.abs(end - zeroX),
        y: y(r.key) ?? 0,
        height: y.bandwidth(),
        labelX: negative ? end - labelGap : end + labelGap,
        anchor: negative ? 'end' : 'start',
      }
    }),
  }
}

/** A bar part-way through growing from zero (`grow` 0 → 1); hidden until it starts. */
export interface GrownDivergingBar extends DivergingBar {
  /** Vertical centre of the band, for the row's labels. */
  mid: number
  opacity: 0 | 1
}

/** The bar at `grow` of its length, still touching zero, its value label following its end. */
export function growDivergingBar(bar: DivergingBar, grow: number): GrownDivergingBar {
  const negative = bar.value < 0
  const zeroX = negative ? bar.x + bar.width : bar.x
  const gap = bar.labelX - (negative ? bar.x : bar.x + bar.width)
  const width = bar.width * grow
  const x = negative ? zeroX - width : zeroX
  return {
    ...bar,
    x,
    width,
    labelX: (negative ? x : x + width) + gap,
    mid: bar.y + bar.height / 2,
    opacity: grow > 0.01 ? 1 : 0,
  }
}
