/**
 * The nvidia-run chart's geometry at a viewBox width. Wide (a slide): the plot, milestones labelled
 * on it, and a side panel for Jan–Feb 2025, too close together to label on the line. Narrow (a
 * phone): the plot with no labels, the panel under it listing every labelled close. The weekly
 * line is drawn in stretches, one per build step; a dot marks each reported close.
 */
import type { RunMilestone, RunStep } from '../data/series/nvidia-run'
import { line } from 'd3-shape'
import { milestoneLayout } from './milestones'
import { assertPlotArea } from './plot-box'
import { estimateTextWidth } from './text-width'
import { tickLabel } from './ticks'

interface LayoutRow { date: string, usd: number, step: RunStep, point?: { milestone: RunMilestone } }

export interface RunWords<R> {
  inPanel: (r: R) => boolean
  label: (r: R) => string[]
  panel: (r: R) => [string, string]
  tick: (usd: number) => string
  /** The panel's heading beside the plot (Jan–Feb 2025), and under it (every named close). */
  panelTitle: string
  listTitle: string
}

export interface RunLabel {
  /** The rows the label names (the two June 2024 closes share one block). */
  rows: number[]
  x: number
  y: number
  anchor: 'start' | 'end'
  lines: string[]
}

/** A stretch of the line: the run, the one-day fall, the one-day bounce, the weeks after. */
export interface RunLine { key: 'run' | 'fall' | 'bounce' | 'after', d: string, points: [number, number][], revealedBy: number }

export interface RunGeometry {
  width: number
  height: number
  plot: { left: number, right: number, top: number, bottom: number }
  xTicks: { at: number, label: string, key: number }[]
  yTicks: { at: number, label: string, key: number }[]
  /** Baseline of the year labels. */
  yearY: number
  lines: RunLine[]
  /** One per reported close, in drawing order (the fall and the bounce last). */
  dots: { row: number, x: number, y: number, r: number }[]
  labels: RunLabel[]
  panel: {
    x: number
    divider: { x1: number, y1: number, x2: number, y2: number }
    title: string
    titleY: number
    entries: { row: number, y: number, head: string, what: string }[]
  }
}

const PLOT_H = 262
const PANEL_W = 232
const ENTRY = 45
/** Below this width the panel goes under the plot and the plot carries no labels. */
const SIDE_PANEL_FROM = 640
const LABELLED: readonly RunMilestone[] = ['first-close-above', 'most-valuable', 'rout']

export function runLayout<R extends LayoutRow>(rows: readonly R[], width: number, words: RunWords<R>): RunGeometry {
  const side = width >= SIDE_PANEL_FROM
  const plotWidth = side ? width - PANEL_W - 28 : width
  const m = milestoneLayout(rows.map((r, i) => ({ key: String(i), date: r.date, value: r.usd })), {
    width: plotWidth,
    height: PLOT_H,
    marginLeft: 52,
    marginRight: side ? 12 : 20,
    marginTop: 18,
    marginBottom: 36,
    start: '2022-12-01',
    end: '2025-02-28',
    yMax: 4e12,
    yTickCount: 4,
    yearStep: 1,
  })
  assertPlotArea('nvidia-run', m.plot.right - m.plot.left, m.plot.bottom - m.plot.top)
  const xy = m.points.map(p => [p.x, p.y] as [number, number])
  const fall = rows.findIndex(r => r.step === 'fall')
  const stretch = (key: RunLine['key'], from: number, to: number, revealedBy: number): RunLine =>
    ({ key, d: line()(xy.slice(from, to + 1)) ?? '', points: xy.slice(from, to + 1), revealedBy })
  const lines = [stretch('run', 0, fall - 1, 0), stretch('fall', fall - 1, fall, fall), stretch('bounce', fall, fall + 1, fall + 1), stretch('after', fall + 1, rows.length - 1, fall + 1)]
  const named = rows.map((r, i) => (r.point ? i : -1)).filter(i => i >= 0)
  // Drawn last, on top: the fall and the bounce, whose dots the week after would otherwise cover.
  const onTop = (i: number) => (rows[i].step === 'fall' ? 2 : rows[i].point!.milestone === 'bounce' ? 1 : 0)
  const dots = [...named].sort((a, b) => onTop(a) - onTop(b)).map(i => ({ row: i, x: xy[i][0], y: xy[i][1], r: rows[i].point!.milestone === 'year-end' ? 4 : 5.5 }))
  const labelled = named.filter(i => LABELLED.includes(rows[i].point!.milestone) && !words.inPanel(rows[i]))
  const labels = side ? plotLabels(rows, labelled, xy, words) : []
  const panelRows = named.filter(i => words.inPanel(rows[i]) || (!side && labelled.includes(i)))
  const panelX = side ? width - PANEL_W : 0
  const top = side ? 52 : PLOT_H + 56
  const entries = panelRows.map((row, k) => {
    const [head, what] = words.panel(rows[row])
    return { row, y: top + k * ENTRY, head, what }
  })
  const height = side ? PLOT_H : top + entries.length * ENTRY
  return {
    width,
    height,
    plot: m.plot,
    xTicks: m.xTicks.filter(t => t.x >= m.plot.left).map(t => ({ at: t.x, label: tickLabel('year', t.date), key: t.year })),
    yTicks: m.yTicks.map(t => ({ at: t.y, label: words.tick(t.value), key: t.value })),
    yearY: PLOT_H - 10,
    lines,
    dots,
    labels,
    panel: {
      x: panelX,
      divider: side ? { x1: panelX - 14, y1: 8, x2: panelX - 14, y2: height - 8 } : { x1: 0, y1: PLOT_H + 4, x2: width, y2: PLOT_H + 4 },
      title: side ? words.panelTitle : words.listTitle,
      titleY: side ? 26 : PLOT_H + 30,
      entries,
    },
  }
}

/**
 * Milestone labels on the plot, in the open space below the line: under-right of a close while
 * the line climbs; the two June 2024 closes share one block left of their dots, above the line;
 * the Sept 2024 drop is named under the dip that follows it.
 */
function plotLabels<R extends LayoutRow>(rows: readonly R[], labelled: number[], xy: [number, number][], words: RunWords<R>): RunLabel[] {
  const out: RunLabel[] = []
  for (let k = 0; k < labelled.length; k++) {
    const i = labelled[k]
    const next = labelled[k + 1]
    const [x, y] = xy[i]
    if (next !== undefined && rows[next].point!.milestone === 'most-valuable' && xy[next][0] - x < 30) {
      out.push({ rows: [i, next], x: x - 16, y: xy[next][1] - 18, anchor: 'end', lines: [i, next].map(j => words.label(rows[j]).join(': ')) })
      k++
    }
    else if (rows[i].point!.milestone === 'rout') {
      // Under the lowest point of the line beneath the label, the dip that follows the day.
      const lines = words.label(rows[i])
      const [x0, x1] = [x - 50, x - 50 + Math.max(...lines.map(l => estimateTextWidth(l))) * 1.1]
      const low = Math.max(...xy.filter(([px]) => px >= x0 && px <= x1).map(([, py]) => py))
      out.push({ rows: [i], x: x0, y: low + 24, anchor: 'start', lines })
    }
    else {
      out.push({ rows: [i], x: x + 12, y: y + 26, anchor: 'start', lines: words.label(rows[i]) })
    }
  }
  return out
}
