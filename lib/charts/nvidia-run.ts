/**
 * Nvidia's market value at reported closes from Jan 2023 to Feb 2025: the run that made it the
 * most valuable listed company, the record, and the fall. Steps: the run (first closes above
 * each trillion, then No. 1); + the record and the last close before the sell-off; + Jan 27 and
 * a week later. Every figure, date and rank in the words is read from the registry here.
 */
import type { RunMilestone, RunPointInput, RunStep } from '../../data/series/nvidia-run'
import { NVIDIA_RUN_POINTS } from '../../data/series/nvidia-run'
import { parseDay } from '../dates'
import { defineChart } from '../chart'
import { getFact, numberFact, printedFact, textFact } from '../facts'
import { formatDate } from '../format'
import { tickLabel } from '../ticks'

export interface RunRow extends RunPointInput {
  date: string
  usd: number
  /** As the registry prints it: "$1.01T", "≈$2.90T". */
  printed: string
  /** What the close marks, in words: "first close above $1T". */
  what: string
}

const STEPS: readonly RunStep[] = ['run', 'peak', 'fall']
const DROP = 'move-nvidia-pct'

/** "#3" → "No. 3". */
export function rankWords(rankFactId: string): string {
  return `No. ${textFact(rankFactId).replace(/^#/, '')}`
}

/** The whole trillions a value has passed: 3.019e12 → "$3T". */
export function trillionsPassed(usd: number): string {
  if (!(usd >= 1e12))
    throw new TypeError(`trillionsPassed: ${usd} is under $1T`)
  return `$${Math.floor(usd / 1e12)}T`
}

function what(milestone: RunMilestone, usd: number, rankFactId?: string): string {
  const rank = rankFactId ? rankWords(rankFactId) : ''
  switch (milestone) {
    case 'first-close-above': return `first close above ${trillionsPassed(usd)}`
    case 'most-valuable': return `passes Microsoft: ${rank}`
    case 'record': return 'record close'
    case 'before': return 'last close before the fall'
    case 'sell-off': return `${printedFact(DROP)} in one day`
    case 'week-after': return 'a week later'
  }
}

const rows: RunRow[] = NVIDIA_RUN_POINTS.map((p) => {
  const usd = numberFact(p.factId)
  return { ...p, date: getFact(p.factId).asOf, usd, printed: printedFact(p.factId), what: what(p.milestone, usd, p.rankFactId) }
})
for (let i = 1; i < rows.length; i++) {
  if (!(rows[i].date > rows[i - 1].date))
    throw new Error(`nvidia-run: points must be in date order (${rows[i - 1].date} then ${rows[i].date})`)
  if (STEPS.indexOf(rows[i].step) < STEPS.indexOf(rows[i - 1].step))
    throw new Error(`nvidia-run: a later point (${rows[i].date}) is revealed before an earlier one`)
}

export const nvidiaRunChart = defineChart<RunRow, RunStep>({
  id: 'nvidia-run',
  title: 'Nvidia’s market value at reported closes, 2023–2025',
  factIds: [
    ...rows.map(r => r.factId),
    ...rows.flatMap(r => (r.rankFactId ? [r.rankFactId] : [])),
    DROP,
  ],
  columns: [
    { key: 'date', label: 'Close' },
    { key: 'usd', label: 'Market value', unit: 'USD' },
    { key: 'what', label: 'What it marks' },
  ],
  rows,
  steps: STEPS,
  rowShown: (row, step) => STEPS.indexOf(row.step) <= STEPS.indexOf(step),
})

const day = (iso: string) => tickLabel('day', parseDay(iso))

/** Value-axis labels in trillions: $0, $1T … $4T. */
export function trillionTick(usd: number): string {
  return usd === 0 ? '$0' : `$${Number((usd / 1e12).toPrecision(3))}T`
}

/** The chart's words that hold a date or a figure. */
export const nvidiaRunText = {
  unit: 'USD at the close; market value, so the 10-for-1 share split of June 2024 does not show',
  /** A point's label on the chart: its value and day, then what it marks. */
  label: (r: RunRow) => [`${r.printed}, ${formatDate(r.date)}`, r.what] as const,
  /** A point's two lines in the side panel: day and value, then what it marks (no year: all are Jan or Feb 2025). */
  panel: (r: RunRow) => [`${day(r.date)}: ${r.printed}`, r.what] as const,
  /** The side panel's heading: "Jan 6 to Feb 3, 2025". */
  panelTitle: `${day(rows.find(r => r.step !== 'run')!.date)} to ${formatDate(rows.at(-1)!.date)}`,
  description: `Nvidia’s market value at reported closes. ${rows.map(r => `${formatDate(r.date)}: ${r.printed}, ${r.what}`).join('; ')}. `
    + 'Straight lines join the reported closes; they are not the daily path.',
}
