/**
 * Record one-day losses of market value, newest on top. Steps: the earlier records, then the
 * newest one. Where sources disagree the row holds the low–high range.
 */
import type { LossInput } from '../../data/series/largest-losses'
import type { LossesGeometry } from '../largest-losses-layout'
import { LARGEST_LOSSES_ROWS } from '../../data/series/largest-losses'
import { defineChart } from '../chart'
import { getFact, numberOrEnd, printedFact } from '../facts'
import { formatDate } from '../format'
import { lossesLayout } from '../largest-losses-layout'

export interface LossRow extends LossInput {
  /** The day of the loss, YYYY-MM-DD. */
  date: string
  /** USD; low = high unless sources disagree. */
  low: number
  high: number
  /** As the registry prints it: "$589–593B", "~$279B". */
  printed: string
  /** The day as the chart prints it: "Jan 27, 2025". */
  day: string
}

const rows: LossRow[] = LARGEST_LOSSES_ROWS.map(r => ({
  ...r,
  date: getFact(r.factId).asOf,
  low: numberOrEnd(r.factId, 'low'),
  high: numberOrEnd(r.factId, 'high'),
  printed: printedFact(r.factId),
  day: formatDate(getFact(r.factId).asOf),
}))

const latest = rows.find(r => r.latest)
if (!latest)
  throw new Error('largest-losses: one row must be the latest record')
const earlier = rows.filter(r => !r.latest)

/**
 * The newest loss over the largest earlier record, at its most cautious (low end over the
 * highest earlier estimate): what a claim such as "more than twice the previous record" rests on.
 */
export const recordMultiple = latest.low / Math.max(...earlier.map(r => r.high))

/** The chart's words, from the rows and the registry; `claim` is the slide's comparison, if any. */
export const largestLossesText = {
  unit: 'USD lost in one trading day; each bar was the record for any company when set',
  description(claim?: string): string {
    const items = [...rows].reverse().map(r => `${r.company}, ${formatDate(r.date)}: ${r.printed}`)
    const compared = claim ? ` The ${formatDate(latest.date)} loss is ${claim}.` : ''
    return `Record one-day losses of market value, oldest first. ${items.join('; ')}.${compared}`
  },
}

export type LossStep = 'earlier' | 'all'

export const largestLossesChart = defineChart<LossRow, LossStep, LossesGeometry>({
  id: 'largest-losses',
  title: 'Each bar was a new record: market value lost in one day',
  factIds: rows.map(r => r.factId),
  columns: [
    { key: 'company', label: 'Company' },
    { key: 'date', label: 'Date' },
    { key: 'low', label: 'Loss, low estimate', unit: 'USD' },
    { key: 'high', label: 'Loss, high estimate', unit: 'USD' },
  ],
  rows,
  steps: ['earlier', 'all'],
  rowShown: (row, step) => step === 'all' || !row.latest,
  layout: width => lossesLayout(rows, width),
})
