import type { PlotBox } from './plot-box'
/**
 * Layout for a handful of dated values (index milestones) on a time axis. Only the milestones
 * are data: the connectors are straight lines the chart must label as such, never a path.
 * Pure: no Vue, no DOM.
 */
import { scaleLinear, scaleLog, scaleUtc } from 'd3-scale'
import { line } from 'd3-shape'
import { parseDay } from './dates'
import { assertPlotArea } from './plot-box'

export interface MilestoneInput {
  key: string
  date: string
  value: number
}

export interface PlacedMilestone extends MilestoneInput {
  x: number
  y: number
}

export interface MilestoneLayout {
  points: PlacedMilestone[]
  /** Straight connectors between consecutive milestones (input order), as SVG path data. */
  connectors: { from: string, to: string, d: string }[]
  /** Year ticks: `date` is Jan 1 of the year, for tickLabel('year'). */
  xTicks: { year: number, date: Date, x: number }[]
  yTicks: { value: number, y: number }[]
  /** Maps a date or a value to the canvas, for annotations. */
  xOf: (date: string) => number
  yOf: (value: number) => number
  plot: { left: number, right: number, top: number, bottom: number }
}

export interface MilestoneOptions extends PlotBox {
  /** The time axis, YYYY-MM-DD. */
  start: string
  end: string
  /** Top of the value axis; defaults to the largest value, niced. */
  yMax?: number
  /**
   * A log axis from `yMin` (> 0) to `yMax`, for comparing percentage moves at very different
   * levels: equal distances are equal ratios. The default is a linear axis from zero.
   */
  log?: { yMin: number }
  yTickCount?: number
  /** Explicit value ticks (a log axis otherwise gets d3's 1-2-…-9 ticks). */
  yTickValues?: number[]
  /** Year tick spacing (default 5). */
  yearStep?: number
}

const toPath = line()

export function milestoneLayout(rows: readonly MilestoneInput[], o: MilestoneOptions): MilestoneLayout {
  const { width, height, marginLeft, marginRight, marginTop, marginBottom, yTickCount = 4, yearStep = 5 } = o
  const plot = { left: marginLeft, right: width - marginRight, top: marginTop, bottom: height - marginBottom }
  assertPlotArea('milestoneLayout', plot.right - plot.left, plot.bottom - plot.top)
  const [start, end] = [parseDay(o.start), parseDay(o.end)]
  if (!(end > start))
    throw new TypeError(`milestoneLayout: the axis must run forward (${o.start} → ${o.end})`)
  for (const r of rows) {
    if (!Number.isFinite(r.value) || r.value < 0)
      throw new TypeError(`milestoneLayout: "${r.key}" has a value that is not a non-negative number (${r.value})`)
    const day = parseDay(r.date)
    if (day < start || day > end)
      throw new TypeError(`milestoneLayout: "${r.key}" (${r.date}) is outside ${o.start} → ${o.end}`)
  }
  const top = o.yMax ?? Math.max(0, ...rows.map(r => r.value))
  const x = scaleUtc().domain([start, end]).range([plot.left, plot.right])
  let y: (v: number) => number
  let ticks: number[]
  if (o.log) {
    const { yMin } = o.log
    if (!(yMin > 0) || !(top > yMin))
      throw new TypeError(`milestoneLayout: a log axis needs 0 < yMin < yMax (got ${yMin} → ${top})`)
    const low = rows.find(r => r.value < yMin)
    if (low)
      throw new TypeError(`milestoneLayout: "${low.key}" (${low.value}) is below the log axis minimum ${yMin}`)
    const log = scaleLog().domain([yMin, top]).range([plot.bottom, plot.top])
    y = log
    ticks = log.ticks()
  }
  else {
    const linear = scaleLinear().domain([0, top || 1]).nice(yTickCount).range([plot.bottom, plot.top])
    y = linear
    ticks = linear.ticks(yTickCount)
  }
  const xOf = (date: string) => x(parseDay(date))
  const yOf = (value: number) => y(value)
  const points = rows.map(r => ({ ...r, x: xOf(r.date), y: y(r.value) }))
  const firstYear = Math.ceil(start.getUTCFullYear() / yearStep) * yearStep
  const xTicks: MilestoneLayout['xTicks'] = []
  for (let year = firstYear; year <= end.getUTCFullYear(); year += yearStep)
    xTicks.push({ year, date: parseDay(`${year}-01-01`), x: xOf(`${year}-01-01`) })
  return {
    points,
    connectors: points.slice(1).map((p, i) => ({
      from: points[i].key,
      to: p.key,
      d: toPath([[points[i].x, points[i].y], [p.x, p.y]]) ?? '',
    })),
    xTicks: xTicks.filter(t => t.x >= plot.left - 1e-9),
    yTicks: (o.yTickValues ?? ticks).map(value => ({ value, y: y(value) })),
    xOf,
    yOf,
    plot,
  }
}
