import type { ChartDataset, ChartSpec } from '../types'
import { clampStep } from '../../lib/steps'
import { getFact } from '../../lib/facts'

/** One record one-day loss of market value, in USD (low = high unless sources disagree). */
export interface LossRow {
  company: string
  date: string
  low: number
  high: number
  /** The Jan 27, 2025 bar: revealed last and coloured as the loss. */
  latest: boolean
  factId: string
}

// Newest first. Each earlier row was the record for any company when it was set (checked
// sources in data/facts/market.ts); larger non-record days (Amazon 2022, Nvidia 2024) are left out.
const ROWS: { company: string, factId: string, latest: boolean }[] = [
  { company: 'Nvidia', factId: 'nvidia-loss-usd', latest: true },
  { company: 'Nvidia', factId: 'nvidia-loss-2024-09-usd', latest: false },
  { company: 'Meta', factId: 'loss-meta-2022-usd', latest: false },
  { company: 'Apple', factId: 'loss-apple-2020-usd', latest: false },
]

function usdRange(factId: string): { low: number, high: number } {
  const value = getFact(factId).value
  if (typeof value === 'number')
    return { low: value, high: value }
  if (typeof value === 'object')
    return value
  throw new TypeError(`${factId} must be a number or a range`)
}

export const largestLosses: ChartDataset<LossRow> = {
  id: 'largest-one-day-losses',
  title: 'Each bar was a new record: market value lost in one day',
  factIds: ROWS.map(r => r.factId),
  columns: [
    { key: 'company', label: 'Company' },
    { key: 'date', label: 'Date' },
    { key: 'low', label: 'Loss, low estimate', unit: 'USD' },
    { key: 'high', label: 'Loss, high estimate', unit: 'USD' },
  ],
  rows: ROWS.map(r => ({ ...r, date: getFact(r.factId).asOf, ...usdRange(r.factId) })),
}

/** Rows shown at each step of the act's first slide (pages/05-market.md, `clicks: 1`): the old records, then Jan 27. */
export const LARGEST_LOSSES_STEPS: readonly ((row: LossRow) => boolean)[] = [row => !row.latest, () => true]

export const largestLossesSpec: ChartSpec = {
  chartId: 'largest-losses',
  steps: LARGEST_LOSSES_STEPS.length,
  marksAtStep: step => largestLosses.rows.filter(LARGEST_LOSSES_STEPS[clampStep(step, LARGEST_LOSSES_STEPS.length)]).length,
}
