/** The rows of the training-cost chart (lib/charts/training-cost.ts): each cost, its basis, and its fact. */

/** Which build step reveals a row. */
export type CostGroup = 'headline' | 'us' | 'r1' | 'capex'

/** What a dollar figure measures: the bases differ, so every bar says which one it is. */
export type CostBasis = 'rental estimate' | 'AI Index compute estimate' | 'all-in (Altman)' | 'capex estimate'

export interface CostInput {
  name: string
  basis: CostBasis
  /** Who bears the cost: sets the bar colour. */
  side: 'deepseek' | 'us'
  group: CostGroup
  factId: string
}

export const TRAINING_COST_ROWS: readonly CostInput[] = [
  { name: 'DeepSeek-R1 RL stage', basis: 'rental estimate', side: 'deepseek', group: 'r1', factId: 'r1-rl-cost' },
  { name: 'DeepSeek-V3 final run', basis: 'rental estimate', side: 'deepseek', group: 'headline', factId: 'v3-final-run-cost' },
  { name: 'GPT-4', basis: 'AI Index compute estimate', side: 'us', group: 'us', factId: 'gpt4-cost-ai-index' },
  { name: 'GPT-4', basis: 'all-in (Altman)', side: 'us', group: 'us', factId: 'gpt4-cost-altman' },
  { name: 'Gemini Ultra', basis: 'AI Index compute estimate', side: 'us', group: 'us', factId: 'gemini-ultra-cost' },
  { name: 'DeepSeek hardware', basis: 'capex estimate', side: 'deepseek', group: 'capex', factId: 'deepseek-hardware-spend' },
]

/** Log-axis floor: log bars cannot start at zero, so they start here and the chart says so. */
export const TRAINING_COST_FLOOR = 1e5
