/**
 * Training-cost estimates, each row tagged with its basis. Steps: V3's final run alone, then
 * the AI Index's compute estimates for GPT-4 and Gemini Ultra (the like-for-like basis), then
 * Altman's all-in figure for GPT-4 (another basis). On a log axis the values are dots; on a
 * linear one, zero-based bars.
 */
import type { CostGroup, CostInput } from '../../data/series/training-cost'
import { TRAINING_COST_ROWS } from '../../data/series/training-cost'
import { defineChart } from '../chart'
import { numberFact, printedFact } from '../facts'

export interface CostRow extends CostInput {
  usd: number
  /** The value as the registry prints it, with its qualifier: "~$78M", ">$100M". */
  printed: string
}

const GROUPS: readonly CostGroup[] = ['headline', 'ai-index', 'all-in']

export const trainingCostChart = defineChart<CostRow, readonly CostGroup[]>({
  id: 'training-cost',
  title: 'What a training run cost, by basis',
  factIds: TRAINING_COST_ROWS.map(r => r.factId),
  columns: [
    { key: 'name', label: 'Model' },
    { key: 'basis', label: 'Basis' },
    { key: 'usd', label: 'Cost', unit: 'USD' },
    { key: 'printed', label: 'As reported' },
  ],
  rows: TRAINING_COST_ROWS.map(r => ({ ...r, usd: numberFact(r.factId), printed: printedFact(r.factId) })),
  steps: GROUPS.map((_, i) => GROUPS.slice(0, i + 1)),
  rowShown: (row, groups) => groups.includes(row.group),
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

/** The slide layout's fixed measures, in viewBox units: space above the rows, the axis band below, the log scale's dot radius. */
export const trainingCostBox = { top: 30, axis: 30, dot: 9 } as const
