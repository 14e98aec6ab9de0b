/**
 * How wide a chart's viewBox should be for the width it is drawn at. Charts draw in a viewBox
 * 880 units wide with 16-unit text, so one unit is one canvas px on a slide. Drawn narrower
 * (the reading view on a phone: ~360 CSS px), that text would shrink to ~6.5 px. Compact mode
 * narrows the viewBox instead, so the same 16-unit text keeps at least `minTextPx` on screen;
 * the chart lays itself out in the narrower box (taller rather than wider). Pure, no DOM.
 */
import { estimateTextWidth } from './text-width'

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

/** An axis label placed so it stays inside [0, width]: the end ones turn their anchor inwards. */
export interface PlacedLabel {
  x: number
  anchor: 'start' | 'middle' | 'end'
  span: LabelSpan
}

export function placeInside(at: number, textWidth: number, width: number, anchor: 'start' | 'middle' | 'end' = 'middle'): PlacedLabel {
  const span = labelSpan(at, textWidth, anchor)
  if (span.start < 0)
    return { x: 0, anchor: 'start', span: labelSpan(0, textWidth, 'start') }
  if (span.end > width)
    return { x: width, anchor: 'end', span: labelSpan(width, textWidth, 'end') }
  return { x: at, anchor, span }
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

/** A horizontal bar's row when drawn compact: its words on a line (or two) above the bar. */
export interface StackedRow {
  /** Baseline of the row's first line of words. */
  labelY: number
  /** Baseline of its second line, when it has one. */
  subLabelY: number
  /** The bar's band. */
  y: number
  height: number
  mid: number
}

export interface StackedRowsOptions {
  /** Top of the first row. */
  top?: number
  /** Lines of words above each bar (1 or 2). */
  lines?: number
  lineHeight?: number
  barHeight?: number
  /** Space between one bar and the next row's words. */
  gap?: number
}

/**
 * Rows for a horizontal bar chart drawn narrow: instead of a left column of names beside the
 * bars (which would leave the bars no room), each row's names sit above its bar and the bars
 * run the full width. Taller rather than wider. Returns the rows and where the last one ends.
 */
export function stackedRows(count: number, o: StackedRowsOptions = {}): { rows: StackedRow[], bottom: number } {
  const { top = 0, lines = 1, lineHeight = 20, barHeight = 24, gap = 14 } = o
  const pitch = lines * lineHeight + 6 + barHeight + gap
  const rows = Array.from({ length: count }, (_, i) => {
    const start = top + i * pitch
    const y = start + lines * lineHeight + 6
    return { labelY: start + lineHeight - 4, subLabelY: start + 2 * lineHeight - 4, y, height: barHeight, mid: y + barHeight / 2 }
  })
  return { rows, bottom: top + count * pitch - gap }
}

/**
 * A line of chart text broken into lines no wider than `maxWidth` viewBox units (an SVG <text>
 * does not wrap), at word boundaries, by the same generous width estimate the layouts use.
 */
export function wrapText(text: string, maxWidth: number, fontSize = 16): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && estimateTextWidth(next, fontSize) > maxWidth) {
      lines.push(line)
      line = word
    }
    else {
      line = next
    }
  }
  if (line)
    lines.push(line)
  return lines
}
