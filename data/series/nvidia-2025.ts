/**
 * The nvidia-2025 chart (lib/charts/nvidia-2025.ts): Nvidia's market value through 2025, events marked. The weekly
 * closes behind its line are data/series/nvidia-closes.ts and nvidia-closes-2025.ts.
 */

/** Build steps: the fall and the spring (to May); the recovery to $4T (July); the rest of the year. */
export type Nv25Step = 'spring' | 'recovery' | 'rest'

/** The last day of each build step but the last: the weekly line and the marks are cut here. */
export const NV25_STEP_ENDS: Readonly<Record<Exclude<Nv25Step, 'rest'>, string>> = { spring: '2025-05-31', recovery: '2025-07-31' }

/** A value reported at a close: a dot, and an anchor the weekly line is scaled from. */
export interface Nv25PointInput {
  factId: string
  step: Nv25Step
  /** The Jan 27, 2025 fall, drawn in the loss colour. */
  fall?: true
  /** No dot: a mark sits on the same days (the line still passes through the value). */
  noDot?: true
}

/** A dated mark: a charge (a loss) or a value passed during trading (a record). */
export interface Nv25EventInput {
  factId: string
  step: Nv25Step
  kind: 'charge-expected' | 'charge-booked' | 'passed-intraday' | 'passed-at-open'
}

export const NVIDIA_2025_POINTS: readonly Nv25PointInput[] = [
  { factId: 'nvidia-value-2024-12-31-usd', step: 'spring' },
  { factId: 'nvidia-value-2025-01-24-usd', step: 'spring' },
  { factId: 'nvidia-value-2025-01-27-usd', step: 'spring', fall: true },
  { factId: 'nvidia-value-2025-02-03-usd', step: 'spring' },
  // No reported close between February and June 2025 was found: the weekly line carries it.
  { factId: 'nvidia-value-2025-06-09-usd', step: 'recovery' },
  { factId: 'nvidia-value-2025-07-09-usd', step: 'recovery' },
  // Two days after the $5T ring of Oct 29: the line carries the value, the ring marks the days.
  { factId: 'nvidia-value-2025-10-31-usd', step: 'rest', noDot: true },
  { factId: 'nvidia-value-2025-12-04-usd', step: 'rest' },
]

export const NVIDIA_2025_EVENTS: readonly Nv25EventInput[] = [
  { factId: 'h20-charge-usd', step: 'spring', kind: 'charge-expected' },
  { factId: 'h20-charge-booked-usd', step: 'spring', kind: 'charge-booked' },
  { factId: 'nvidia-4t-intraday-usd', step: 'recovery', kind: 'passed-intraday' },
  { factId: 'nvidia-5t-open-usd', step: 'rest', kind: 'passed-at-open' },
]
