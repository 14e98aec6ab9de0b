/**
 * The rows of the cost-iceberg chart (lib/charts/cost-iceberg.ts): the part of DeepSeek's spending
 * its headline figure counts, then estimates of what it leaves out. The estimates are on different
 * bases (a rental-priced run, the capital and running costs of one fleet), so each is its own row
 * on one zero-based scale: never stacked into a total.
 */

/** Which build step reveals a row. */
export type IcebergGroup = 'counted' | 'training' | 'fleet'

export interface IcebergInput {
  name: string
  /** What the figure measures and whose estimate it is. May cite `{fact-id}`s. */
  basis: string
  group: IcebergGroup
  /** A range where the estimate is one (low–high): drawn solid to the low end, lighter to the high. */
  factId: string
}

/** Top to bottom: the counted run, the training it leaves out, then the fleet. */
export const ICEBERG_ROWS: readonly IcebergInput[] = [
  { name: 'V3’s final run', basis: 'its GPU-hours rented at {v3-rental-price} (DeepSeek)', group: 'counted', factId: 'v3-final-run-cost' },
  { name: '+ pre-training experiments', basis: '{v3-experiment-multiple} the run’s compute, same price (Interconnects)', group: 'training', factId: 'v3-experiments-cost' },
  { name: '+ R1’s RL stage', basis: 'rental-priced (DeepSeek, Sept 2025)', group: 'training', factId: 'r1-rl-cost' },
  { name: 'GPU servers', basis: 'capital cost of the fleet it shares with High-Flyer (SemiAnalysis)', group: 'fleet', factId: 'deepseek-server-capex' },
  { name: 'Running those clusters', basis: 'operating cost (SemiAnalysis)', group: 'fleet', factId: 'deepseek-cluster-opex' },
]
