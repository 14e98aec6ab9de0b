import type { Box } from './segment-box'
/**
 * The nvidia-2025 chart's geometry at a viewBox width: a 2025 time axis, the value from $0, the
 * weekly line, and the dated marks as rules with their labels stacked in tiers above the plot
 * (as many tiers as the width needs). A close's value label goes where it fits (above, below,
 * right, left of its dot; never across the line or a mark's rule) or is left to the table;
 * nothing overlaps.
 */
import { scaleLinear, scaleUtc } from 'd3'
import { parseDay } from './dates'
import { placeTiers } from './nvidia-2025-tiers'
import { assertPlotArea } from './plot-box'
import { segmentHitsBox } from './segment-box'
import { estimateTextWidth } from './text-width'
import { tickLabel } from './ticks'

export interface Nv25LayoutRow {
  date: string
  usd: number
  /** A point of the line (a week or a reported close); otherwise a dated mark. */
  line: boolean
  /** A reported close drawn as a dot (and labelled if it fits). */
  dot: boolean
  /** A mark drawn as a ring at its value (a value reported during trading). */
  ring: boolean
  /** The one-line label: a close's value and day, a mark's day and what happened; empty for a week. */
  label: string
  /** A shorter label to use where the label fits nowhere. */
  fallback?: string
  /** Which close labels win a spot first (higher first). */
  priority: number
}

export interface Nv25Label { row: number, x: number, y: number, anchor: 'start' | 'middle' | 'end', text: string, box: Box }

export interface Nv25Geometry {
  width: number
  height: number
  plot: { left: number, right: number, top: number, bottom: number }
  xTicks: { at: number, label: string, key: string }[]
  yTicks: { at: number, label: string, key: number }[]
  /** One per row: a point of the line, or a mark's rule (x, from y1 down to the plot's foot) and ring. */
  marks: { x: number, y: number, y1: number }[]
  /** The line, one segment per pair of consecutive points; `rows` names its two rows. */
  joins: { d: string, rows: [number, number] }[]
  /** The marks' rules as segments, for the label checks: [x, top, bottom]. */
  rules: [number, number, number][]
  labels: Nv25Label[]
}

export const FONT = 16
const LINE = 22
const PLOT_H = 164
const M = { left: 52, right: 18, bottom: 34 }
const GAP = 8

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + GAP / 2 && b.x0 < a.x1 + GAP / 2 && a.y0 < b.y1 && b.y0 < a.y1
function textBox(x: number, y: number, w: number, anchor: Nv25Label['anchor']): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2
  return { x0, x1: x0 + w, y0: y - FONT + 2, y1: y + 5 }
}

export function nv25Layout(rows: readonly Nv25LayoutRow[], width: number, tick: (usd: number) => string, yMax: number): Nv25Geometry {
  const w = (t: string) => estimateTextWidth(t, FONT) * 1.05
  // From the first row (the last close of 2024) to the end of 2025.
  const x = scaleUtc().domain([parseDay(rows[0].date < '2025-01-01' ? rows[0].date : '2025-01-01'), parseDay('2026-01-01')]).range([M.left, width - M.right])
  // Mark labels first, in tiers above the plot (lib/nvidia-2025-tiers.ts).
  const { placed, long } = placeTiers(rows.flatMap((r, i) => (r.line ? [] : [{ row: i, at: x(parseDay(r.date)), width: w(r.label) }])), width, GAP)
  const tierOf: number[] = []
  placed.forEach(p => (tierOf[p.row] = p.t))
  const tiers = Math.max(0, ...placed.map(p => p.t + 1))
  const markLabels: Omit<Nv25Label, 'y' | 'box'>[] = placed.map(p => ({ row: p.row, x: p.x0, anchor: 'start', text: rows[p.row].label }))
  const top = 18 + tiers * LINE + 4
  const bottom = top + PLOT_H
  assertPlotArea('nvidia-2025', width - M.left - M.right, PLOT_H)
  const y = scaleLinear().domain([0, yMax]).range([bottom, top])
  const labels: Nv25Label[] = markLabels.map((l) => {
    const ly = 18 + tierOf[l.row] * LINE
    return { ...l, y: ly, box: textBox(l.x, ly, w(l.text), 'start') }
  })
  const marks = rows.map((r, i) => ({ x: x(parseDay(r.date)), y: r.line || r.ring ? y(r.usd) : bottom, y1: r.line ? y(r.usd) : !long ? top - 4 : 18 + tierOf[i] * LINE + 6 }))
  const points = rows.map((r, i) => (r.line ? i : -1)).filter(i => i >= 0)
  const joins = points.slice(1).map((b, k) => {
    const a = points[k]
    return { d: `M${marks[a].x},${marks[a].y}L${marks[b].x},${marks[b].y}`, rows: [a, b] as [number, number] }
  })
  const rules: [number, number, number][] = rows.flatMap((r, i) => (r.line ? [] : [[marks[i].x, marks[i].y1, bottom] as [number, number, number]]))
  const crossed = (box: Box) => joins.some(({ rows: [a, b] }) => segmentHitsBox(marks[a].x, marks[a].y, marks[b].x, marks[b].y, box))
    || rules.some(([rx, y0, y1]) => segmentHitsBox(rx, y0, rx, y1, box))
  // Close labels by priority: each at the first spot that is clear, or left to the table.
  const dots: Box[] = rows.map((r, i) => (r.dot || r.ring ? { x0: marks[i].x - 7, x1: marks[i].x + 7, y0: marks[i].y - 7, y1: marks[i].y + 7 } : null)).filter((b): b is Box => !!b)
  const order = rows.map((r, i) => (r.dot ? i : -1)).filter(i => i >= 0).sort((a, b) => rows[b].priority - rows[a].priority)
  for (const i of order) {
    const p = marks[i]
    const spots: [number, number, Nv25Label['anchor']][] = [
      [p.x, p.y - 14, 'middle'],
      [p.x, p.y + 28, 'middle'],
      [p.x + 12, p.y + 6, 'start'],
      [p.x - 12, p.y + 6, 'end'],
      // Beside a mark's rule that runs through the dot: clear of it, on either side.
      [p.x + 6, p.y - 14, 'start'],
      [p.x - 6, p.y - 14, 'end'],
      [p.x + 6, p.y + 28, 'start'],
      [p.x - 6, p.y + 28, 'end'],
      [p.x - 8, p.y + 28, 'start'],
      [p.x - 8, p.y - 14, 'start'],
      [p.x + 8, p.y - 14, 'end'],
      [p.x + 8, p.y + 28, 'end'],
      // A line further down, clear of a dip in the line nearby (the fall, on a phone).
      [p.x + 6, p.y + 46, 'start'],
      [p.x - 8, p.y + 46, 'start'],
    ]
    // The value and day; where that fits nowhere, the shorter text if the row has one. Last, slid
    // along below and above the dot, for a dot between two marks' rules.
    const spot = (text: string) => [...spots, ...[28, -14].flatMap(dy => [0.25, 0.75].map(k => [p.x - k * w(text), p.y + dy, 'start'] as const))].map(([sx, sy, anchor]) => ({ row: i, x: sx, y: sy, anchor, text, box: textBox(sx, sy, w(text), anchor) })).find(({ box }) => {
      const inside = box.x0 >= M.left + 2 && box.x1 <= width - 2 && box.y0 >= top - 4 && box.y1 <= bottom - 2
      return inside && !crossed(box) && !labels.some(l => overlaps(l.box, box)) && !dots.some(d => overlaps(d, box))
    })
    const found = spot(rows[i].label) ?? (rows[i].fallback ? spot(rows[i].fallback!) : undefined)
    if (found)
      labels.push(found)
  }
  const months = (width - M.left - M.right) / 12 >= 44 ? 1 : 3
  return {
    width,
    height: bottom + M.bottom,
    plot: { left: M.left, right: width - M.right, top, bottom },
    xTicks: x.ticks(12).filter(d => d.getUTCMonth() % months === 0 && d.getUTCFullYear() === 2025).map(d => ({ at: x(d), label: tickLabel('month', d), key: d.toISOString() })),
    yTicks: y.ticks(Math.round(yMax / 1e12)).map(v => ({ at: y(v), label: tick(v), key: v })),
    marks,
    joins,
    rules,
    labels,
  }
}
