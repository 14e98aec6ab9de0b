/**
 * Nvidia's market value at reported closes from Dec 2022 to Feb 2025: the run that made it the
 * most valuable listed company, the Sept 2024 drop, the record, the fall and the bounce. Steps:
 * the run-up to Jan 24, 2025; + the fall on Jan 27; + the bounce and the week after. Every figure,
 * date and rank in the words is read from the registry here; the geometry is lib/nvidia-run-layout.ts.
 */
import type { RunMilestone, RunPointInput, RunStep } from '../../data/series/nvidia-run'
import type { RunGeometry } from '../nvidia-run-layout'
import { NVIDIA_RUN_POINTS } from '../../data/series/nvidia-run'
import { defineChart } from '../chart'
import { parseDay } from '../dates'
import { getFact, numberFact, printedFact, textFact } from '../facts'
import { formatDate } from '../format'
import { runLayout } from '../nvidia-run-layout'
import { tickLabel } from '../ticks'

export interface RunRow extends RunPointInput {
  date: string
  usd: number
  /** As the registry prints it: "$1.01T", "≈$2.86T" (table, CSV). */
  printed: string
  /** Rounded for the chart, two decimals for every point: "$3.02T", "≈$2.86T". */
  display: string
  /** What the close marks, in words: "first close above $1T". */
  what: string
}

const STEPS: readonly RunStep[] = ['run', 'fall', 'bounce']
const DROP = 'move-nvidia-pct'
const REBOUND = 'nvidia-rebound-pct'
const ROUT = 'nvidia-loss-2024-09-usd'
const CLOSES = ['2025-01-24', '2025-01-27', '2025-01-28', '2025-02-03'].map(d => `nvidia-close-${d}`)

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
  switch (milestone) {
    case 'year-end': return 'last close of the year'
    case 'first-close-above': return `first close above ${trillionsPassed(usd)}`
    case 'most-valuable': return `passes Microsoft: ${rankFactId ? rankWords(rankFactId) : ''}`
    case 'rout': return `${printedFact(ROUT)} lost in a day`
    case 'record': return 'record close'
    case 'before': return 'last close before the fall'
    case 'sell-off': return `${printedFact(DROP)} in one day`
    case 'bounce': return `${printedFact(REBOUND)} the next day`
    case 'week-after': return 'a week later'
  }
}

const rows: RunRow[] = NVIDIA_RUN_POINTS.map((p) => {
  const usd = numberFact(p.factId)
  const fact = getFact(p.factId)
  const display = `${fact.format.qualifier ?? ''}$${(usd / 1e12).toFixed(2)}T`
  return { ...p, date: fact.asOf, usd, printed: printedFact(p.factId), display, what: what(p.milestone, usd, p.rankFactId) }
})
for (let i = 1; i < rows.length; i++) {
  if (!(rows[i].date > rows[i - 1].date))
    throw new Error(`nvidia-run: points must be in date order (${rows[i - 1].date} then ${rows[i].date})`)
  if (STEPS.indexOf(rows[i].step) < STEPS.indexOf(rows[i - 1].step))
    throw new Error(`nvidia-run: a later point (${rows[i].date}) is revealed before an earlier one`)
}

const day = (iso: string) => tickLabel('day', parseDay(iso))
/** Points in the side panel: January and February 2025, too close together to label on the line. */
const inPanel = (r: RunRow) => r.date >= '2025-01-01'

/** The chart's words that hold a date or a figure. */
export const nvidiaRunText = {
  unit: 'Market value at the close, USD, from $0 (so the 10-for-1 share split of June 2024 does not show); dashed lines join reported closes, not the daily path',
  /** A point's label on the plot: its value or move and day, then what it marks. */
  label: (r: RunRow): string[] => (r.milestone === 'rout' ? [r.what] : [`${r.display}, ${formatDate(r.date)}`, r.what]),
  /** A point's two lines in the side panel: day and value, then what it marks. */
  panel: (r: RunRow) => [inPanel(r) ? `${day(r.date)}: ${r.display}` : `${formatDate(r.date)}: ${r.display}`, r.what] as [string, string],
  panelTitle: `${day(rows.find(inPanel)!.date)} to ${formatDate(rows.at(-1)!.date)}`,
  listTitle: 'The closes named, in order',
  description: `Nvidia’s market value at reported closes. ${rows.map(r => `${formatDate(r.date)}: ${r.printed}, ${r.what}`).join('; ')}. `
    + 'Straight lines join the reported closes; they are not the daily path.',
}

/** Value-axis labels in trillions: $0, $1T … $4T. */
export function trillionTick(usd: number): string {
  return usd === 0 ? '$0' : `$${Number((usd / 1e12).toPrecision(3))}T`
}

export const nvidiaRunChart = defineChart<RunRow, RunStep, RunGeometry>({
  id: 'nvidia-run',
  title: 'Nvidia’s market value at reported closes, Dec 2022 to Feb 2025',
  factIds: [
    ...rows.map(r => r.factId),
    ...rows.flatMap(r => (r.rankFactId ? [r.rankFactId] : [])),
    DROP,
    REBOUND,
    ROUT,
    // The share prices behind the Jan–Feb 2025 values (the Jan 28 value is derived from its close).
    ...CLOSES,
  ],
  columns: [
    { key: 'date', label: 'Close' },
    { key: 'usd', label: 'Market value', unit: 'USD' },
    { key: 'what', label: 'What it marks' },
  ],
  rows,
  steps: STEPS,
  rowShown: (row, step) => STEPS.indexOf(row.step) <= STEPS.indexOf(step),
  layout: width => runLayout(rows, width, { inPanel, label: nvidiaRunText.label, panel: nvidiaRunText.panel, tick: trillionTick, panelTitle: nvidiaRunText.panelTitle, listTitle: nvidiaRunText.listTitle }),
})
