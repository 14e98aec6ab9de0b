/** The named closes of the nvidia-run chart (lib/charts/nvidia-run.ts): Nvidia's market value as reported on the day. */

/** Which build step reveals a point: the run-up to Jan 24, 2025; the fall; the bounce and the week after. */
export type RunStep = 'run' | 'fall' | 'bounce'

/** What a point marks; the chart words it from the registry. */
export type RunMilestone = 'year-end' | 'first-close-above' | 'most-valuable' | 'rout' | 'record' | 'before' | 'sell-off' | 'bounce' | 'week-after'

export interface RunPointInput {
  /** A market value at a close, USD: one fact per published value. */
  factId: string
  step: RunStep
  milestone: RunMilestone
  /** Nvidia's rank by market value at that point, where a source gives it. */
  rankFactId?: string
}

/**
 * The values publishers reported, in date order: the chart's dots and labels. The line between
 * them is the weekly close (data/series/nvidia-closes.ts) scaled from the last of these values
 * (lib/nvidia-run-series.ts). Market values, not share prices, so the 10-for-1 split of June 2024
 * does not enter.
 */
export const NVIDIA_RUN_POINTS: readonly RunPointInput[] = [
  { factId: 'nvidia-value-2022-12-30-usd', step: 'run', milestone: 'year-end' },
  { factId: 'nvidia-value-2023-06-13-usd', step: 'run', milestone: 'first-close-above' },
  { factId: 'nvidia-value-2023-12-29-usd', step: 'run', milestone: 'year-end' },
  { factId: 'nvidia-value-2024-03-01-usd', step: 'run', milestone: 'first-close-above' },
  { factId: 'nvidia-value-2024-06-05-usd', step: 'run', milestone: 'first-close-above' },
  { factId: 'nvidia-value-2024-06-18-usd', step: 'run', milestone: 'most-valuable', rankFactId: 'nvidia-rank-2024-06-18' },
  { factId: 'nvidia-value-2024-09-03-usd', step: 'run', milestone: 'rout' },
  { factId: 'nvidia-value-2024-12-31-usd', step: 'run', milestone: 'year-end' },
  { factId: 'nvidia-value-2025-01-06-usd', step: 'run', milestone: 'record' },
  { factId: 'nvidia-value-2025-01-24-usd', step: 'run', milestone: 'before' },
  { factId: 'nvidia-value-2025-01-27-usd', step: 'fall', milestone: 'sell-off' },
  { factId: 'nvidia-value-2025-01-28-usd', step: 'bounce', milestone: 'bounce' },
  { factId: 'nvidia-value-2025-02-03-usd', step: 'bounce', milestone: 'week-after' },
]
