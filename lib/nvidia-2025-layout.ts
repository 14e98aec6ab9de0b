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
const PLOT_H = 150
const M = { left: 52, right: 18, bottom: 34 }
const GAP = 8

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 + GAP / 2 && b.x0 < a.x1 + GAP / 2 && a.y0 < b.y1 && b.y0 < a.y1
function textBox(x: number, y: number, w: number, anchor: Nv25Label['anchor']): Box {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2
  return { x0, x1: x0 + w, y0: y - FONT + 2, y1: y + 5 }
}

export function nv25Layout(rows: readonly Nv25LayoutRow[], width: number, tick: (usd: number) => string, yMax: number): Nv25Geometry {
  const w = (t: string) => estimateTextWidth(t, FONT) * 1.05
  // Mark labels first: each in the first tier where it overlaps nothing, kept inside the width.
  const tiers: Box[][] = []
  const markLabels: Omit<Nv25Label, 'y' | 'box'>[] = []
  // From the first row (the last close of 2024) to the end of 2025.
  const x = scaleUtc().domain([parseDay(rows[0].date < '2025-01-01' ? rows[0].date : '2025-01-01'), parseDay('2026-01-01')]).range([M.left, width - M.right])
  const tierOf: number[] = []
  rows.forEach((r, i) => {
    if (r.line)
      return
    const lw = w(r.label)
    const at = x(parseDay(r.date))
    // Running from the rule away from the middle (toward the middle when that saves a tier), inside the width.
    const starts = (at < width / 2 ? [at + 10 - lw, at - 10] : [at - 10, at + 10 - lw]).map(x0 => Math.max(2, Math.min(x0, width - 2 - lw)))
    const free = (tier: Box[], x0: number) => tier.every(b => x0 > b.x1 + GAP || x0 + lw < b.x0 - GAP)
    let t = tiers.findIndex(tier => starts.some(x0 => free(tier, x0)))
    if (t < 0)
      t = tiers.push([]) - 1
    const x0 = starts.find(s => free(tiers[t], s))!
    tiers[t].push({ x0, x1: x0 + lw, y0: 0, y1: 0 })
    tierOf[i] = t
    markLabels.push({ row: i, x: x0, anchor: 'start', text: r.label })
  })
  const top = 18 + tiers.length * LINE + 4
  const bottom = top + PLOT_H
  assertPlotArea('nvidia-2025', width - M.left - M.right, PLOT_H)
  const y = scaleLinear().domain([0, yMax]).range([bottom, top])
  const labels: Nv25Label[] = markLabels.map((l) => {
    const ly = 18 + tierOf[l.row] * LINE
    return { ...l, y: ly, box: textBox(l.x, ly, w(l.text), 'start') }
  })
  const marks = rows.map((r, i) => ({ x: x(parseDay(r.date)), y: r.line || r.ring ? y(r.usd) : bottom, y1: r.line ? y(r.usd) : 18 + tierOf[i] * LINE + 6 }))
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
    const lw = w(rows[i].label)
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
    ]
    for (const [sx, sy, anchor] of spots) {
      const box = textBox(sx, sy, lw, anchor)
      const inside = box.x0 >= M.left + 2 && box.x1 <= width - 2 && box.y0 >= top - 4 && box.y1 <= bottom - 2
      if (inside && !crossed(box) && !labels.some(l => overlaps(l.box, box)) && !dots.some(d => overlaps(d, box))) {
        labels.push({ row: i, x: sx, y: sy, anchor, text: rows[i].label, box })
        break
      }
    }
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
