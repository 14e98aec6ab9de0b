/**
 * Training-cost estimates, each bar tagged with its basis. Steps: V3's final run alone, then the
 * US comparators, then R1's own RL stage, then what DeepSeek spent on hardware.
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

export const trainingCostChart = defineChart<CostRow, readonly CostGroup[]>({
  id: 'training-cost',
  title: 'What a model costs depends on what you count',
  factIds: TRAINING_COST_ROWS.map(r => r.factId),
  columns: [
    { key: 'name', label: 'Item' },
    { key: 'basis', label: 'Basis' },
    { key: 'usd', label: 'Cost', unit: 'USD' },
    { key: 'printed', label: 'As reported' },
  ],
  rows: TRAINING_COST_ROWS.map(r => ({ ...r, usd: numberFact(r.factId), printed: printedFact(r.factId) })),
  steps: [
    ['headline'],
    ['headline', 'us'],
    ['headline', 'us', 'r1'],
    ['headline', 'us', 'r1', 'capex'],
  ],
  rowShown: (row, groups) => groups.includes(row.group),
})
