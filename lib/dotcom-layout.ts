/**
 * The dotcom chart's geometry at a viewBox width. Wide (a slide): the log-scale plot on the
 * left, the panel of fall bars at the right. Narrow (a phone): the plot takes the full width,
 * its caption a line of its own, and the panel follows under a rule. Every annotation's place
 * is here, so the component draws without width branches. Pure: tested in node at 880 and 360.
 */
import type { MilestoneLayout } from './milestones'
import { wrapText } from './chart-layout'
import { milestoneLayout } from './milestones'
import { assertPlotArea } from './plot-box'
import { tickLabel } from './ticks'

export interface DotcomLayoutRow { key: string, date: string, close: number }
export interface Placed { x: number, y: number, anchor: 'start' | 'middle' | 'end' }
type Milestone = 'peak' | 'low' | 'record' | 'jan27'

export interface DotcomGeometry {
  width: number
  height: number
  caption: Placed
  layout: MilestoneLayout
  plot: MilestoneLayout['plot']
  yTicks: { at: number, label: string, key: number }[]
  xTicks: { at: number, label: string, key: number }[]
  /** Baselines of the year labels and of the value labels (left of the plot). */
  xLabelAt: number
  yLabelAt: number
  /** Each milestone's label, clear of the line and between gridlines. */
  labels: Record<Milestone, Placed>
  /** The crash's fall, between the peak and the low. */
  fall: Placed
  /** The bracket from record close to record close, above the 10,000 gridline. */
  span: { x1: number, x2: number, y: number }
  /** The day's drop at the 2025 milestone: from the previous close to the Jan 27 close. */
  dayDrop: { x: number, y1: number, y2: number }
  panel: {
    x: number
    titleY: number
    /** The longest (largest fall's) bar, and the top of each fall's bar. */
    barMax: number
    barY: number[]
    barHeight: number
    note: { lines: string[], y: number[] }
    /** A rule between the plot and the panel when the panel sits under it. */
    rule: { y: number } | null
  }
}

const PLOT_H = 262
/** Below this width the panel goes under the plot. */
const STACK_BELOW = 880
const PANEL_W = 216

export function dotcomLayout(rows: readonly DotcomLayoutRow[], width: number, words: { note: string, dayPoints: number }): DotcomGeometry {
  const stacked = width < STACK_BELOW
  const top = stacked ? 56 : 0
  const panelX = stacked ? 0 : width - PANEL_W
  assertPlotArea('dotcom', stacked ? width : panelX - 40, PLOT_H)
  const layout = milestoneLayout(rows.map(r => ({ key: r.key, date: r.date, value: r.close })), {
    width: stacked ? width : panelX - 40,
    height: top + PLOT_H,
    marginLeft: stacked ? 68 : 70,
    marginRight: 14,
    marginTop: top + 34,
    marginBottom: 32,
    start: '1995-01-01',
    end: '2025-06-30',
    yMax: 20000,
    log: { yMin: 1000 },
    yTickValues: [1000, 2000, 5000, 10000, 20000],
  })
  const { plot } = layout
  const at = (key: Milestone) => layout.points.find(p => p.key === key)!
  const [peak, low, record, jan27] = [at('peak'), at('low'), at('record'), at('jan27')]
  const noteLines = wrapText(words.note, stacked ? width - 8 : PANEL_W - 8)
  const barY = stacked ? [top + PLOT_H + 74, top + PLOT_H + 134] : [84, 162]
  const height = stacked ? barY[1] + 28 + 30 + 20 * noteLines.length : PLOT_H
  return {
    width,
    height,
    caption: { x: 0, y: stacked ? 16 : plot.top - 14, anchor: 'start' },
    layout,
    plot,
    yTicks: layout.yTicks.map(t => ({ at: t.y, label: tickLabel('count', t.value), key: t.value })),
    xTicks: layout.xTicks.map(t => ({ at: t.x, label: tickLabel('year', t.date), key: t.year })),
    xLabelAt: top + PLOT_H - 10,
    yLabelAt: plot.left - 10,
    labels: {
      peak: { x: peak.x + 12, y: peak.y - 12, anchor: 'start' },
      low: { x: low.x + 14, y: low.y - 4, anchor: 'start' },
      // Narrow, the record's label ends at the plot's right edge, under the line's climb.
      record: stacked ? { x: plot.right, y: record.y + 28, anchor: 'end' } : { x: record.x + 12, y: record.y + 24, anchor: 'start' },
      jan27: { x: plot.right, y: plot.top - 14, anchor: 'end' },
    },
    // Narrow, the drop is short: the fall sits just below the peak, clear of the record's label.
    fall: { x: peak.x + 22, y: stacked ? peak.y + 10 : (peak.y + low.y) / 2 - 8, anchor: 'start' },
    // Above the 10,000 gridline, where the line does not reach before 2015.
    span: { x1: peak.x, x2: record.x, y: layout.yOf(10000) - 18 },
    dayDrop: { x: jan27.x, y1: layout.yOf(jan27.value + words.dayPoints), y2: jan27.y },
    panel: {
      x: panelX,
      titleY: stacked ? top + PLOT_H + 30 : 40,
      barMax: stacked ? width - 110 : 150,
      barY,
      barHeight: 28,
      note: { lines: noteLines, y: noteLines.map((_, k) => height - 10 - 20 * (noteLines.length - 1 - k)) },
      rule: stacked ? { y: top + PLOT_H + 4 } : null,
    },
  }
}
