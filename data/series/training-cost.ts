/** The rows of the training-cost chart (lib/charts/training-cost.ts): each cost, its basis, and its fact. */

/** Which build step reveals a row. */
export type CostGroup = 'headline' | 'ai-index' | 'all-in'

/** What a dollar figure measures: the bases differ, so every row says which one it is. */
export type CostBasis = 'rental estimate' | 'AI Index compute estimate' | 'all-in (Altman)'

export interface CostInput {
  name: string
  basis: CostBasis
  /** Who bears the cost: sets the mark's colour. */
  side: 'deepseek' | 'us'
  group: CostGroup
  factId: string
}

/**
 * Training runs only. What DeepSeek's figure leaves out (experiments, R1's RL stage, the GPU
 * fleet) is the cost-iceberg chart's, on the slide before.
 */
export const TRAINING_COST_ROWS: readonly CostInput[] = [
  { name: 'DeepSeek-V3 final run', basis: 'rental estimate', side: 'deepseek', group: 'headline', factId: 'v3-final-run-cost' },
  { name: 'GPT-4', basis: 'AI Index compute estimate', side: 'us', group: 'ai-index', factId: 'gpt4-cost-ai-index' },
  { name: 'Gemini Ultra', basis: 'AI Index compute estimate', side: 'us', group: 'ai-index', factId: 'gemini-ultra-cost' },
  { name: 'GPT-4', basis: 'all-in (Altman)', side: 'us', group: 'all-in', factId: 'gpt4-cost-altman' },
]
