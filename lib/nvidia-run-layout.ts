/**
 * The nvidia-run chart's geometry at a viewBox width. Wide (a slide): the plot on the left with
 * the milestones labelled on it, and a side panel for Jan–Feb 2025, whose closes sit too close
 * together to label on the line. Narrow (a phone): the plot takes the width with no labels on it,
 * and the panel under it lists every labelled close.
 */
import type { RunMilestone, RunStep } from '../data/series/nvidia-run'
import { milestoneLayout } from './milestones'
import { assertPlotArea } from './plot-box'
import { tickLabel } from './ticks'

interface LayoutRow { date: string, usd: number, step: RunStep, milestone: RunMilestone, dayAfterPrevious?: true }

export interface RunWords<R> {
  inPanel: (r: R) => boolean
  label: (r: R) => string[]
  panel: (r: R) => [string, string]
  tick: (usd: number) => string
  /** The panel's heading beside the plot (Jan–Feb 2025 only), and under it (every named close). */
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

export interface RunGeometry {
  width: number
  height: number
  plot: { left: number, right: number, top: number, bottom: number }
  xTicks: { at: number, label: string, key: number }[]
  yTicks: { at: number, label: string, key: number }[]
  /** Baseline of the year labels. */
  yearY: number
  points: { x: number, y: number, r: number }[]
  /** Join i runs from point i to point i + 1; a daily one is the real one-day move. */
  joins: { d: string, daily: boolean }[]
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
  const points = m.points.map((p, i) => ({ x: p.x, y: p.y, r: rows[i].milestone === 'year-end' ? 4 : 5.5 }))
  const labelled = rows.map((r, i) => (LABELLED.includes(r.milestone) && !words.inPanel(r) ? i : -1)).filter(i => i >= 0)
  const labels = side ? plotLabels(rows, labelled, points, words) : []
  const panelRows = rows.map((r, i) => (words.inPanel(r) || (!side && labelled.includes(i)) ? i : -1)).filter(i => i >= 0)
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
    points,
    joins: m.connectors.map((c, i) => ({ d: c.d, daily: !!rows[i + 1].dayAfterPrevious })),
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
 * Milestone labels on the plot: below-right of a close while the line climbs; the two June 2024
 * closes share one block left of their dots; the Sept 2024 drop is named under its dot.
 */
function plotLabels<R extends LayoutRow>(rows: readonly R[], labelled: number[], points: { x: number, y: number }[], words: RunWords<R>): RunLabel[] {
  const out: RunLabel[] = []
  for (let k = 0; k < labelled.length; k++) {
    const i = labelled[k]
    const next = labelled[k + 1]
    const p = points[i]
    if (next !== undefined && rows[next].milestone === 'most-valuable' && points[next].x - p.x < 30) {
      out.push({ rows: [i, next], x: p.x - 16, y: points[next].y - 18, anchor: 'end', lines: [i, next].map(j => words.label(rows[j]).join(': ')) })
      k++
    }
    else if (rows[i].milestone === 'rout') {
      out.push({ rows: [i], x: p.x - 50, y: p.y + 22, anchor: 'start', lines: words.label(rows[i]) })
    }
    else {
      out.push({ rows: [i], x: p.x + 12, y: p.y + 26, anchor: 'start', lines: words.label(rows[i]) })
    }
  }
  return out
}
