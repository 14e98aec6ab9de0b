/** The closes of the Nvidia price chart (lib/charts/nvidia-price.ts): one registry fact per verified close. */

export interface CloseInput {
  factId: string
  /** Where the point label sits: away from the lines that meet its dot. */
  labelSide: 'above' | 'below'
}

/** Every trading day on the axis. Jan 30 and 31 have no verified close, so they stay empty. */
export const NVIDIA_TRADING_DAYS = ['2025-01-24', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03'] as const

/** In date order; the first close is the base for the percent axis. */
export const NVIDIA_CLOSES: readonly CloseInput[] = [
  { factId: 'nvidia-close-2025-01-24', labelSide: 'above' },
  { factId: 'nvidia-close-2025-01-27', labelSide: 'below' },
  { factId: 'nvidia-close-2025-01-28', labelSide: 'above' },
  { factId: 'nvidia-close-2025-01-29', labelSide: 'above' },
  { factId: 'nvidia-close-2025-02-03', labelSide: 'below' },
]
