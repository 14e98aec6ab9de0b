/**
 * Training-cost estimates, each row tagged with its basis. Steps: V3's final run alone, then
 * the AI Index's compute estimates for GPT-4 and Gemini Ultra (the like-for-like basis), then
 * Altman's all-in figure for GPT-4 (another basis). On a log axis the values are dots; on a
 * linear one, zero-based bars.
 */
import type { CostGroup, CostInput } from '../../data/series/training-cost'
import { TRAINING_COST_ROWS } from '../../data/series/training-cost'
import { defineChart } from '../chart'
import { stackedRows } from '../chart-layout'
import { numberFact, printedFact } from '../facts'
import { barLayout } from '../log-bars'
import { dotLayout } from '../log-dots'
import { estimateTextWidth } from '../text-width'

export interface CostRow extends CostInput {
  usd: number
  /** The value as the registry prints it, with its qualifier: "~$78M", ">$100M". */
  printed: string
  /** On the chart, in millions with one decimal for every row, the qualifier kept: "$5.6M", "~$78.4M". */
  display: string
}

/** "$5.6M", "~$78.4M", ">$100.0M": one decimal for every cost, the registry's qualifier in front. */
export function costDisplay(usd: number, printed: string): string {
  const qualifier = /^[~≈><]*/.exec(printed)![0]
  return `${qualifier}$${(usd / 1e6).toFixed(1)}M`
}

const GROUPS: readonly CostGroup[] = ['headline', 'ai-index', 'all-in']

const rows: readonly CostRow[] = TRAINING_COST_ROWS.map((r) => {
  const usd = numberFact(r.factId)
  const printed = printedFact(r.factId)
  return { ...r, usd, printed, display: costDisplay(usd, printed) }
})

/** The layout's fixed measures, in viewBox units: space above the rows, the axis band below, the log scale's dot radius. */
export const trainingCostBox = { top: 30, axis: 30, dot: 9 } as const
/** The slide's width, and the name-and-basis column a slide keeps at the left. */
const SLIDE = 880
const COLUMN = 222

/**
 * Both scales' geometry at a viewBox width, and where each row's name and basis go: in a left
 * column on a slide, on a line above the row on a phone (the basis after the name).
 */
function trainingCostLayout(width: number) {
  const narrow = width < SLIDE
  const inputs = rows.map((r, i) => ({ key: String(i), value: r.usd }))
  const stack = stackedRows(rows.length, { top: trainingCostBox.top, lines: 1, barHeight: 24, gap: 16 })
  const height = narrow ? stack.bottom + trainingCostBox.axis + 10 : 300
  const left = narrow ? 12 : COLUMN
  const right = narrow ? 92 : 96
  const size = { width, height: height - trainingCostBox.top - trainingCostBox.axis, marginLeft: left, marginRight: right, paddingInner: 0.34 }
  const log = dotLayout(inputs, size)
  const linear = barLayout(inputs, size)
  const bands = rows.map((row, i) => {
    const b = narrow ? stack.rows[i] : { ...linear.bars[i], y: trainingCostBox.top + linear.bars[i].y }
    const mid = b.y + b.height / 2
    return narrow
      ? { y: b.y, height: b.height, mid, name: { x: 0, y: stack.rows[i].labelY, anchor: 'start' as const }, basis: { x: estimateTextWidth(row.name) + 8, y: stack.rows[i].labelY, anchor: 'start' as const } }
      : { y: b.y, height: b.height, mid, name: { x: left - 14, y: mid - 3, anchor: 'end' as const }, basis: { x: left - 14, y: mid + 16, anchor: 'end' as const } }
  })
  return { width, height, left, right, log, linear, bands }
}

export type TrainingCostLayout = ReturnType<typeof trainingCostLayout>

export const trainingCostChart = defineChart<CostRow, readonly CostGroup[], TrainingCostLayout>({
  id: 'training-cost',
  title: 'What a training run cost, by basis',
  factIds: TRAINING_COST_ROWS.map(r => r.factId),
  columns: [
    { key: 'name', label: 'Model' },
    { key: 'basis', label: 'Basis' },
    { key: 'usd', label: 'Cost', unit: 'USD' },
    { key: 'printed', label: 'As reported' },
  ],
  rows,
  steps: GROUPS.map((_, i) => GROUPS.slice(0, i + 1)),
  rowShown: (row, groups) => groups.includes(row.group),
  layout: trainingCostLayout,
})

/** The chart's words: the unit line and the caption on the plot, per scale. */
export const trainingCostText = {
  unit: {
    log: 'US dollars, log scale: each gridline is 10× the last. Dots, not bars: a log axis has no zero.',
    linear: 'US dollars, linear scale: bars start at $0.',
  },
  caption: { log: 'log scale · dots', linear: 'linear scale · bars from $0' },
  note: 'Filled marks: compute priced at rental rates. Hollow: another basis. ▸ marks a floor (“more than”).',
  row: (r: CostRow) => `${r.name} (${r.basis}): ${r.printed}`,
}
