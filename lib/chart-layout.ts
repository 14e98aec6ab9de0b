/**
 * How wide a chart's viewBox should be for the width it is drawn at. Charts draw in a viewBox
 * 880 units wide with 16-unit text, so one unit is one canvas px on a slide. Drawn narrower
 * (the reading view on a phone: ~360 CSS px), that text would shrink to ~6.5 px. Compact mode
 * narrows the viewBox instead, so the same 16-unit text keeps at least `minTextPx` on screen;
 * the chart lays itself out in the narrower box (taller rather than wider). Pure, no DOM.
 */

export interface ChartWidthOptions {
  /** The chart's normal viewBox width. */
  full?: number
  /** The smallest text the charts set, in viewBox units (styles/charts.css: 16). */
  textUnits?: number
  /** The smallest text size allowed on screen, CSS px. */
  minTextPx?: number
  /** Never narrower than this many units: below it, text may shrink rather than the layout break. */
  minWidth?: number
  /** Widths snap down to a multiple of this, so a few px of jitter does not redraw the chart. */
  snap?: number
}

export const CHART_WIDTH = 880

/**
 * The viewBox width for a chart drawn `renderedPx` CSS px wide: `full` when its text is big
 * enough as it is (or the size is unknown, 0: tests, print before layout), else the width at
 * which `textUnits` text renders at `minTextPx`, snapped down and kept at or above `minWidth`.
 */
export function chartViewWidth(renderedPx: number, options: ChartWidthOptions = {}): number {
  const { full = CHART_WIDTH, textUnits = 16, minTextPx = 12, minWidth = 360, snap = 20 } = options
  if (!(renderedPx > 0))
    return full
  const fitting = (renderedPx * textUnits) / minTextPx
  if (fitting >= full)
    return full
  return Math.min(full, Math.max(minWidth, Math.floor(fitting / snap) * snap))
}

/** Where a label sits along its axis, in viewBox units. */
export interface LabelSpan {
  start: number
  end: number
}

/** A label's span from its anchor position, text-anchor and width. */
export function labelSpan(at: number, width: number, anchor: 'start' | 'middle' | 'end' = 'middle'): LabelSpan {
  const start = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2
  return { start, end: start + width }
}

/**
 * Which axis labels to keep so that no two overlap (with `gap` units between them): labels with
 * a higher `priority` (major ticks) are placed first, then the rest in order, each kept only if
 * it clears every label already kept.
 */
export function thinLabels(spans: readonly LabelSpan[], gap = 8, priority: readonly number[] = []): boolean[] {
  const order = spans.map((_, i) => i).sort((a, b) => (priority[b] ?? 0) - (priority[a] ?? 0) || a - b)
  const kept: LabelSpan[] = []
  const keep = spans.map(() => false)
  for (const i of order) {
    const s = spans[i]
    if (kept.every(k => s.end + gap <= k.start || s.start >= k.end + gap)) {
      kept.push(s)
      keep[i] = true
    }
  }
  return keep
}
