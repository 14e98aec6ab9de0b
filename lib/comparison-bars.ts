/** Zero-based comparison bars (the calculator's cost against published figures). Pure. */
import { scaleLinear } from 'd3-scale'

export interface ComparisonInput {
  key: string
  value: number
}

export interface ComparisonBar extends ComparisonInput {
  /** Bar length on a zero-based scale, 0…width. */
  width: number
}

/** The calculator's longest bar, in px: short enough that every label stays on one line. */
export const COMPARISON_BAR_WIDTH = 150

/** Zero-based bar lengths; the longest bar fills `width`. */
export function comparisonBars(rows: readonly ComparisonInput[], width: number): ComparisonBar[] {
  if (!(width > 0))
    throw new TypeError(`comparisonBars: width must be positive, got ${width}`)
  for (const r of rows) {
    if (!Number.isFinite(r.value) || r.value < 0)
      throw new TypeError(`comparisonBars: "${r.key}" needs a finite non-negative value, got ${r.value}`)
  }
  const max = Math.max(0, ...rows.map(r => r.value))
  const x = scaleLinear().domain([0, max || 1]).range([0, width])
  return rows.map(r => ({ ...r, width: x(r.value) }))
}
