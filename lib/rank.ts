import type { PlotBox } from './plot-box'
/**
 * Layout for a handful of chart ranks over a few days: a log rank axis with 1 at the top, one
 * tick per UTC day, and a path joining each series' points in date order. Pure: no Vue, no DOM.
 */
import { scaleLog, scaleUtc } from 'd3-scale'
import { line } from 'd3-shape'
import { utcDay } from 'd3-time'
import { utcFormat } from 'd3-time-format'
import { parseDay } from './dates'
import { assertPlotArea } from './plot-box'
import { tickLabel } from './ticks'

export interface RankInput {
  series: string
  /** YYYY-MM-DD, read as a UTC day. */
  date: string
  /** 1 = top of the chart. */
  rank: number
}

export interface RankOptions extends PlotBox {
  /** First and last day on the axis, YYYY-MM-DD. */
  from: string
  to: string
  /** The lowest rank the axis must show (the domain grows to fit worse ranks in the data). */
  worstRank: number
  /** Rank ticks; those past the domain are dropped. */
  rankTicks?: readonly number[]
  /** Space before the first and after the last day, in days, so points clear the axes. */
  padDays?: number
}

export type RankPoint<T extends RankInput> = T & { x: number, y: number }

export interface RankLayout<T extends RankInput> {
  points: RankPoint<T>[]
  /** One path per series with two or more points. */
  paths: { series: string, d: string }[]
  xTicks: { date: string, x: number, label: string }[]
  yTicks: { rank: number, y: number, label: string }[]
  /** x of a YYYY-MM-DD day (throws on a bad date). */
  xOf: (date: string) => number
  plot: { left: number, right: number, top: number, bottom: number }
}

const iso = utcFormat('%Y-%m-%d')

function checkRank(r: RankInput): void {
  if (!Number.isInteger(r.rank) || r.rank < 1)
    throw new TypeError(`rank: "${r.series}" on ${r.date} has rank ${r.rank}; ranks are whole numbers from 1`)
}

export function rankLayout<T extends RankInput>(rows: readonly T[], o: RankOptions): RankLayout<T> {
  const { width, height, marginLeft, marginRight, marginTop, marginBottom, padDays = 0.35 } = o
  const plot = { left: marginLeft, right: width - marginRight, top: marginTop, bottom: height - marginBottom }
  assertPlotArea('rankLayout', plot.right - plot.left, plot.bottom - plot.top)
  if (!Number.isFinite(o.worstRank) || o.worstRank <= 1)
    throw new TypeError(`rankLayout: worstRank must be a number above 1, got ${o.worstRank}`)
  const from = parseDay(o.from)
  const to = parseDay(o.to)
  if (to < from)
    throw new TypeError(`rankLayout: "to" (${o.to}) is before "from" (${o.from})`)
  rows.forEach(checkRank)

  const pad = padDays * 864e5
  const x = scaleUtc().domain([+from - pad, +to + pad]).range([plot.left, plot.right])
  const worst = Math.max(o.worstRank, ...rows.map(r => r.rank))
  // Log: the gap from #1 to #14 reads as clearly as #14 to #133 (the chart says "log scale").
  const y = scaleLog().domain([1, worst]).range([plot.top, plot.bottom])
  const xOf = (date: string) => x(parseDay(date))

  const points = rows.map(r => ({ ...r, x: xOf(r.date), y: y(r.rank) }))
  const bySeries = new Map<string, RankPoint<T>[]>()
  for (const p of points)
    bySeries.set(p.series, [...(bySeries.get(p.series) ?? []), p])
  const path = line<RankPoint<T>>().x(p => p.x).y(p => p.y)
  const paths = [...bySeries]
    .filter(([, ps]) => ps.length > 1)
    .map(([series, ps]) => ({ series, d: path([...ps].sort((a, b) => a.date.localeCompare(b.date))) ?? '' }))

  return {
    points,
    paths,
    xTicks: utcDay.range(from, utcDay.offset(to, 1)).map(d => ({ date: iso(d), x: x(d), label: tickLabel('weekday', d) })),
    yTicks: (o.rankTicks ?? [1, 3, 10, 30, 100]).filter(t => t >= 1 && t <= worst).map(rank => ({ rank, y: y(rank), label: tickLabel('rank', rank) })),
    xOf,
    plot,
  }
}
