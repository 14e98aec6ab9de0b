/**
 * What DeepSeek's $5.6M covers and what it leaves out: one row per estimate on one zero-based
 * linear scale, each with its basis above its bar. The estimates are on different bases (a
 * rental-priced run; the capital and the running cost of one fleet), so they are never stacked
 * into a total. Steps: the counted run alone (on the full scale); + the training it leaves out;
 * + DeepSeek's GPU fleet (SemiAnalysis's estimates).
 */
import type { IcebergGroup, IcebergInput } from '../../data/series/cost-iceberg'
import { scaleLinear } from 'd3-scale'
import { ICEBERG_ROWS } from '../../data/series/cost-iceberg'
import { defineChart } from '../chart'
import { wrapText } from '../chart-layout'
import { fillFacts, numberOrEnd, printedFact, templateParts } from '../facts'
import { assertPlotArea } from '../plot-box'
import { estimateTextWidth } from '../text-width'
import { compactUsd } from '../ticks'

export interface IcebergRow extends IcebergInput {
  /** USD; low = high unless the estimate is a range. */
  low: number
  high: number
  /** As the registry prints it: "$5.6M", "~$11–22M", "~$1.6B". */
  printed: string
}

/** One row as drawn: its words above, its bar, its value just past the bar's end. */
export interface IcebergRowGeometry {
  /** The words' lines: the name first (strong), then its basis (muted), on one line where they fit. */
  lines: { y: number, parts: { text: string, muted: boolean }[] }[]
  barY: number
  /** Width to the low end, then the lighter range to the high end. */
  lowWidth: number
  rangeWidth: number
  valueX: number
  valueY: number
  value: string
}

export interface IcebergGeometry {
  width: number
  height: number
  /** Where $0 is, and where the scale's top (the largest estimate) is. */
  x0: number
  x1: number
  axisY: number
  /** Every bar's height. */
  bar: number
  ticks: { at: number, label: string, key: number, major: boolean }[]
  rows: IcebergRowGeometry[]
}

const GROUPS: readonly IcebergGroup[] = ['counted', 'training', 'fleet']
const LINE = 20
const BAR = 20
const GAP = 8
const VALUE_GAP = 8

const rows: readonly IcebergRow[] = ICEBERG_ROWS.map(r => ({
  ...r,
  basis: fillFacts(r.basis),
  low: numberOrEnd(r.factId, 'low'),
  high: numberOrEnd(r.factId, 'high'),
  printed: printedFact(r.factId),
}))
const top = Math.max(...rows.map(r => r.high))

/** The chart's words, from the registry. */
export const costIcebergText = {
  unit: 'US dollars, one linear scale from $0; each bar an estimate on its own basis, so they do not add up to a total',
  label: (r: IcebergRow) => `${r.name}: ${r.basis}`,
  name: (r: IcebergRow) => `${r.name}:`,
  /** The headline figure is a sliver at this scale: its value says so. */
  value: (r: IcebergRow) => (r.group === 'counted' ? `${r.printed}, the headline figure` : r.printed),
  row: (r: IcebergRow) => `${r.name}, ${r.basis}: ${r.printed}`,
}

/** The rows at a viewBox width: words wrap to the width, the value labels keep room on the right. */
export function icebergLayout(width: number): IcebergGeometry {
  const valueRoom = Math.max(...rows.map(r => estimateTextWidth(r.printed))) + VALUE_GAP
  const x0 = 1
  const x1 = width - valueRoom
  assertPlotArea('cost-iceberg', x1 - x0, BAR)
  const x = scaleLinear().domain([0, top]).range([x0, x1])
  let y = 0
  const geo = rows.map((r) => {
    const name = costIcebergText.name(r)
    // Semibold names run about a tenth wider than the estimate allows for.
    const nameWidth = estimateTextWidth(name) * 1.1
    const room = width - 4 - nameWidth - 6
    const basis = estimateTextWidth(r.basis) <= room ? [r.basis] : wrapText(r.basis, width - 4)
    const first = basis.length === 1 && estimateTextWidth(r.basis) <= room
    const words = first
      ? [[{ text: name, muted: false }, { text: r.basis, muted: true }]]
      : [[{ text: name, muted: false }], ...basis.map(text => [{ text, muted: true }])]
    const lines = words.map((parts, k) => ({ y: y + LINE * (k + 1) - 4, parts }))
    const barY = y + lines.length * LINE + 4
    const lowWidth = x(r.low) - x0
    const rangeWidth = x(r.high) - x(r.low)
    const value = costIcebergText.value(r)
    // Past the bar's end; a long value that would run off the chart turns in under the words.
    const end = x0 + lowWidth + rangeWidth + VALUE_GAP
    const valueX = end + estimateTextWidth(value) <= width ? end : width - estimateTextWidth(value)
    y = barY + BAR + GAP
    return { lines, barY, lowWidth, rangeWidth, valueX, valueY: barY + BAR / 2 + 6, value }
  })
  const axisY = y - GAP + 8
  const ticks = x.ticks(width < 560 ? 3 : 4).map(v => ({ at: x(v), label: compactUsd(v), key: v, major: v === 0 }))
  return { width, height: axisY + 34, x0, x1, axisY, bar: BAR, ticks, rows: geo }
}

export const costIcebergChart = defineChart<IcebergRow, readonly IcebergGroup[], IcebergGeometry>({
  id: 'cost-iceberg',
  title: 'What the headline figure covers, and estimates of what it leaves out',
  // Each row's fact, then the facts its basis cites (the run's GPU-hours and price, the multiple).
  factIds: [...ICEBERG_ROWS.map(r => r.factId), ...ICEBERG_ROWS.flatMap(r => templateParts(r.basis).flatMap(p => ('factId' in p ? [p.factId] : [])))],
  columns: [
    { key: 'name', label: 'Item' },
    { key: 'basis', label: 'Basis' },
    { key: 'low', label: 'Low', unit: 'USD' },
    { key: 'high', label: 'High', unit: 'USD' },
    { key: 'printed', label: 'As reported' },
  ],
  rows,
  steps: GROUPS.map((_, i) => GROUPS.slice(0, i + 1)),
  rowShown: (row, groups) => groups.includes(row.group),
  layout: icebergLayout,
})
