import type { ChartDataset, ChartSpec } from '../types'
import { pctChange } from '../../lib/change'
import { clampStep } from '../../lib/steps'
import { getFact } from '../../lib/facts'

export interface CloseRow {
  date: string
  close: number
  /** Change from the Jan 24 close, in percent (derived). */
  pctFromJan24: number
  factId: string
}

/** Every trading day on the axis. Jan 30 and 31 have no verified close, so they stay empty. */
export const NVIDIA_TRADING_DAYS = ['2025-01-24', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03'] as const

const CLOSE_IDS = ['2025-01-24', '2025-01-27', '2025-01-28', '2025-01-29', '2025-02-03'].map(d => `nvidia-close-${d}`)

function close(factId: string): number {
  const value = getFact(factId).value
  if (typeof value !== 'number')
    throw new TypeError(`${factId} must be a number`)
  return value
}

const base = close(CLOSE_IDS[0])

export const nvidiaCloses: ChartDataset<CloseRow> = {
  id: 'nvidia-closes-2025-01-24-to-02-03',
  title: 'Nvidia’s fall, bounce and slide: closing prices',
  factIds: [...CLOSE_IDS, 'move-nvidia-pct', 'nvidia-rebound-pct', 'nvidia-value-2025-01-24-usd', 'nvidia-value-2025-01-27-usd'],
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'close', label: 'Close', unit: 'USD per share' },
    { key: 'pctFromJan24', label: 'Change from Jan 24 close', unit: '%' },
  ],
  rows: CLOSE_IDS.map(factId => ({
    factId,
    date: getFact(factId).asOf,
    close: close(factId),
    pctFromJan24: Math.round(pctChange(base, close(factId)) * 100) / 100,
  })),
}

/** Closes shown at each step of the Nvidia slide (pages/05-market.md, `clicks: 2`): Jan 24; + the Jan 27 drop; + the rebound and after. */
export const NVIDIA_PRICE_STEPS: readonly number[] = [1, 2, nvidiaCloses.rows.length]

export const nvidiaPriceSpec: ChartSpec = {
  chartId: 'nvidia-price',
  steps: NVIDIA_PRICE_STEPS.length,
  marksAtStep: step => NVIDIA_PRICE_STEPS[clampStep(step, NVIDIA_PRICE_STEPS.length)],
}
