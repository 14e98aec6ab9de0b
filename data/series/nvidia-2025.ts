/** The nvidia-2025 chart (lib/charts/nvidia-2025.ts): Nvidia's market value through 2025, events marked. */

/** Build steps: the fall and the spring (to May); the recovery to $4T (July); the rest of the year. */
export type Nv25Step = 'spring' | 'recovery' | 'rest'

/** A sourced value at a close: the line runs through these only. */
export interface Nv25PointInput {
  factId: string
  step: Nv25Step
  /** The Jan 27, 2025 fall, drawn in the loss colour. */
  fall?: true
  /** The previous point is the trading day before: that join is the real move, drawn solid. */
  dayAfterPrevious?: true
}

/** A dated mark: a charge (a loss) or a value passed during trading (a record). */
export interface Nv25EventInput {
  factId: string
  step: Nv25Step
  kind: 'charge-expected' | 'charge-booked' | 'passed-intraday' | 'passed-at-open'
}

export const NVIDIA_2025_POINTS: readonly Nv25PointInput[] = [
  { factId: 'nvidia-value-2025-01-24-usd', step: 'spring' },
  { factId: 'nvidia-value-2025-01-27-usd', step: 'spring', fall: true, dayAfterPrevious: true },
  { factId: 'nvidia-value-2025-02-03-usd', step: 'spring' },
  // No sourced close between February and June 2025 was found: the line jumps, dashed.
  { factId: 'nvidia-value-2025-06-09-usd', step: 'recovery' },
  { factId: 'nvidia-value-2025-07-09-usd', step: 'recovery' },
  { factId: 'nvidia-value-2025-10-31-usd', step: 'rest' },
  { factId: 'nvidia-value-2025-12-04-usd', step: 'rest' },
]

export const NVIDIA_2025_EVENTS: readonly Nv25EventInput[] = [
  { factId: 'h20-charge-usd', step: 'spring', kind: 'charge-expected' },
  { factId: 'h20-charge-booked-usd', step: 'spring', kind: 'charge-booked' },
  { factId: 'nvidia-4t-intraday-usd', step: 'recovery', kind: 'passed-intraday' },
  { factId: 'nvidia-5t-open-usd', step: 'rest', kind: 'passed-at-open' },
]
