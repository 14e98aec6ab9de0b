import type { ChartDataset, ChartSpec } from '../types'
import { formatValue } from '../../lib/format'
import { clampStep } from '../../lib/steps'
import { getFact } from '../facts'

/** Which build step reveals a row on the training-cost slide (pages/03-cost-and-chips.md). */
export type CostGroup = 'headline' | 'us' | 'r1' | 'capex'

/** What a dollar figure measures: the bases differ, so every bar says which one it is. */
export type CostBasis = 'rental estimate' | 'AI Index compute estimate' | 'all-in (Altman)' | 'capex estimate'

export interface CostRow {
  name: string
  basis: CostBasis
  /** Who bears the cost: sets the bar colour. */
  side: 'deepseek' | 'us'
  group: CostGroup
  usd: number
  /** The value as the registry prints it, with its qualifier: "~$78M", ">$100M". */
  printed: string
  factId: string
}

const ROWS: Omit<CostRow, 'usd' | 'printed'>[] = [
  { name: 'DeepSeek-R1 RL stage', basis: 'rental estimate', side: 'deepseek', group: 'r1', factId: 'r1-rl-cost' },
  { name: 'DeepSeek-V3 final run', basis: 'rental estimate', side: 'deepseek', group: 'headline', factId: 'v3-final-run-cost' },
  { name: 'GPT-4', basis: 'AI Index compute estimate', side: 'us', group: 'us', factId: 'gpt4-cost-ai-index' },
  { name: 'GPT-4', basis: 'all-in (Altman)', side: 'us', group: 'us', factId: 'gpt4-cost-altman' },
  { name: 'Gemini Ultra', basis: 'AI Index compute estimate', side: 'us', group: 'us', factId: 'gemini-ultra-cost' },
  { name: 'DeepSeek hardware', basis: 'capex estimate', side: 'deepseek', group: 'capex', factId: 'deepseek-hardware-spend' },
]

/** Log-axis floor: log bars cannot start at zero, so they start here and the chart says so. */
export const TRAINING_COST_FLOOR = 1e5

/** Values come from the registry, so the chart, its table and its CSV cannot disagree with a slide. */
export const trainingCost: ChartDataset<CostRow> = {
  id: 'training-cost-estimates',
  title: 'What a model costs depends on what you count',
  factIds: ROWS.map(r => r.factId),
  columns: [
    { key: 'name', label: 'Item' },
    { key: 'basis', label: 'Basis' },
    { key: 'usd', label: 'Cost', unit: 'USD' },
    { key: 'printed', label: 'As reported' },
  ],
  rows: ROWS.map((r) => {
    const fact = getFact(r.factId)
    if (typeof fact.value !== 'number')
      throw new TypeError(`${r.factId} must be a number`)
    return { ...r, usd: fact.value, printed: formatValue(fact.value, fact.format) }
  }),
}

/**
 * Groups shown at each step (the slide declares `clicks: 3`): the headline alone, then the US
 * comparators, then R1's own stage, then what DeepSeek spent on hardware.
 */
export const TRAINING_COST_STEPS: readonly CostGroup[][] = [
  ['headline'],
  ['headline', 'us'],
  ['headline', 'us', 'r1'],
  ['headline', 'us', 'r1', 'capex'],
]

/** Rows revealed at a step (clamped like the chart). */
export function costRowsAtStep(step: number): CostRow[] {
  const groups = TRAINING_COST_STEPS[clampStep(step, TRAINING_COST_STEPS.length)]
  return trainingCost.rows.filter(r => groups.includes(r.group))
}

/** One mark per bar (`rect.mark`). */
export const trainingCostSpec: ChartSpec = {
  chartId: 'training-cost',
  steps: TRAINING_COST_STEPS.length,
  marksAtStep: step => costRowsAtStep(step).length,
}
