/** The rows of the largest-losses chart (lib/charts/largest-losses.ts): record one-day losses of market value. */

export interface LossInput {
  company: string
  /** The newest record: revealed last and coloured as the loss. */
  latest: boolean
  factId: string
}

// Newest first. Each earlier row was the record for any company when it was set (checked
// sources in the market facts); larger non-record days (Amazon 2022, Nvidia 2024) are left out.
export const LARGEST_LOSSES_ROWS: readonly LossInput[] = [
  { company: 'Nvidia', factId: 'nvidia-loss-usd', latest: true },
  { company: 'Nvidia', factId: 'nvidia-loss-2024-09-usd', latest: false },
  { company: 'Meta', factId: 'loss-meta-2022-usd', latest: false },
  { company: 'Apple', factId: 'loss-apple-2020-usd', latest: false },
]
