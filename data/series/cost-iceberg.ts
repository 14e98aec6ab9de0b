/**
 * The segments of the cost-iceberg chart (lib/charts/cost-iceberg.ts): the part of DeepSeek's
 * spending its headline figure counts, then what it leaves out, stacked on one zero-based scale.
 */

/** Which build step reveals a segment. */
export type IcebergGroup = 'counted' | 'training' | 'fleet'

export interface IcebergInput {
  name: string
  /** What the figure measures and whose estimate it is: the bases differ, so each says. May cite `{fact-id}`s. */
  basis: string
  group: IcebergGroup
  /** A range where the estimate is one (low–high): drawn solid to the low end, lighter to the high. */
  factId: string
}

/** Left to right: the counted tip first, then the rest from smallest to largest. */
export const ICEBERG_ROWS: readonly IcebergInput[] = [
  { name: 'V3’s final run', basis: 'what DeepSeek counted: {v3-gpu-hours} GPU-hours × {v3-rental-price}', group: 'counted', factId: 'v3-final-run-cost' },
  { name: 'R1’s own RL stage', basis: 'rental price, disclosed by DeepSeek later', group: 'training', factId: 'r1-rl-cost' },
  { name: 'pre-training experiments', basis: 'Interconnects: {v3-experiment-multiple} the run’s compute, same price', group: 'training', factId: 'v3-experiments-cost' },
  { name: 'Running the clusters', basis: 'operating cost, SemiAnalysis estimate', group: 'fleet', factId: 'deepseek-cluster-opex' },
  { name: 'GPU servers', basis: 'capex, SemiAnalysis estimate', group: 'fleet', factId: 'deepseek-server-capex' },
]
