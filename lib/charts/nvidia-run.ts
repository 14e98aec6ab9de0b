/**
 * Nvidia's market value, Dec 2022 to Feb 2025: a weekly line (Yahoo Finance closes, scaled from
 * the last value a publisher reported) with the reported closes as dots: the run that made it
 * the most valuable listed company, the drops of Aug–Sept 2024, the record, the fall and the
 * bounce. Steps: the run-up to Jan 24, 2025; + the fall on Jan 27; + the bounce and the weeks
 * after. Every figure, date and rank in the words is read from the registry here; the geometry
 * is lib/nvidia-run-layout.ts, the scaling lib/nvidia-run-series.ts.
 */
import type { RunMilestone, RunPointInput, RunStep } from '../../data/series/nvidia-run'
import type { RunGeometry } from '../nvidia-run-layout'
import { NVIDIA_CLOSES } from '../../data/series/nvidia-closes'
import { NVIDIA_RUN_POINTS } from '../../data/series/nvidia-run'
import { defineChart } from '../chart'
import { parseDay } from '../dates'
import { displayFact, getFact, numberFact, printedFact, textFact } from '../facts'
import { formatDate } from '../format'
import { runLayout } from '../nvidia-run-layout'
import { chainValues, printDerived, roundDerived } from '../nvidia-run-series'
import { tickLabel } from '../ticks'

export interface RunRow {
  date: string
  /** The week's (or the named day's) close, split- and dividend-adjusted, USD per share. */
  close: number
  usd: number
  /** "reported" (a dot, from the registry) or "derived" (scaled from the last reported value). */
  how: 'reported' | 'derived'
  /** As the registry prints it, or "≈$2.57T" for a derived value (table, CSV). */
  printed: string
  /** Rounded for the chart, one decimal for every value: "$3.3T", "≈$2.9T". */
  display: string
  /** What a reported close marks, in words ("first close above $1T"); empty for the weekly line. */
  what: string
  step: RunStep
  /** Set on the reported closes only. */
  point?: RunPointInput
}

const STEPS: readonly RunStep[] = ['run', 'fall', 'bounce']
const DROP = 'move-nvidia-pct'
const REBOUND = 'nvidia-rebound-pct'
const ROUT = 'nvidia-loss-2024-09-usd'
const SERIES = 'nvidia-weekly-closes'
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
    case 'sell-off': return `${displayFact(DROP)} in one day`
    case 'bounce': return `${displayFact(REBOUND)} the next day`
    case 'week-after': return 'a week later'
  }
}

const named = new Map(NVIDIA_RUN_POINTS.map(p => [getFact(p.factId).asOf, p]))
const fallDay = [...named].find(([, p]) => p.step === 'fall')![0]
const chained = chainValues(NVIDIA_CLOSES, [...named].map(([date, p]) => ({ date, usd: numberFact(p.factId) })))
const trillions = (usd: number) => `$${(usd / 1e12).toFixed(1)}T`

const rows: RunRow[] = chained.map(({ date, close, usd: chainedUsd }) => {
  const point = named.get(date)
  const usd = point ? chainedUsd : roundDerived(chainedUsd)
  const step: RunStep = date < fallDay ? 'run' : date === fallDay ? 'fall' : 'bounce'
  if (!point)
    return { date, close, usd, how: 'derived', printed: printDerived(usd), display: `≈${trillions(usd)}`, what: '', step }
  if (point.step !== step)
    throw new Error(`nvidia-run: the close of ${date} is a "${point.step}" point but falls in the "${step}" step`)
  const display = `${getFact(point.factId).format.qualifier ?? ''}${trillions(usd)}`
  return { date, close, usd, how: 'reported', printed: printedFact(point.factId), display, what: what(point.milestone, usd, point.rankFactId), step, point }
})
for (let i = 1; i < rows.length; i++) {
  if (!(rows[i].date > rows[i - 1].date))
    throw new Error(`nvidia-run: closes must be in date order (${rows[i - 1].date} then ${rows[i].date})`)
}

const day = (iso: string) => tickLabel('day', parseDay(iso))
/** Closes named in the side panel: January and February 2025, too close together to label on the line. */
const inPanel = (r: RunRow) => r.date >= '2025-01-01'
const reported = rows.filter(r => r.point)

/** The chart's words that hold a date or a figure. */
export const nvidiaRunText = {
  unit: 'Market value at the close, USD, from $0. Dots: values reported on the day. Line: weekly Yahoo Finance closes scaled from the last reported value (derived), so the June 2024 split does not show',
  /** A close's label on the plot: its value and day, then what it marks. */
  label: (r: RunRow): string[] => (r.point?.milestone === 'rout' ? [r.what] : [`${r.display}, ${formatDate(r.date)}`, r.what]),
  /** A close's two lines in the side panel: day and value, then what it marks. */
  panel: (r: RunRow) => [inPanel(r) ? `${day(r.date)}: ${r.display}` : `${formatDate(r.date)}: ${r.display}`, r.what] as [string, string],
  panelTitle: `${day(reported.find(inPanel)!.date)} to ${formatDate(reported.at(-1)!.date)}`,
  listTitle: 'The closes named, in order',
  description: `Nvidia’s market value, week by week, ${formatDate(rows[0].date)} to ${formatDate(rows.at(-1)!.date)}. Reported closes: ${reported.map(r => `${formatDate(r.date)}: ${r.printed}, ${r.what}`).join('; ')}. `
    + 'Between them the line follows the weekly closing share price (Yahoo Finance), scaled from the last reported value.',
}

/** Value-axis labels in trillions: $0, $1T … $4T. */
export function trillionTick(usd: number): string {
  return usd === 0 ? '$0' : `$${Number((usd / 1e12).toPrecision(3))}T`
}

const rowShown = (row: RunRow, step: RunStep) => STEPS.indexOf(row.step) <= STEPS.indexOf(step)

export const nvidiaRunChart = defineChart<RunRow, RunStep, RunGeometry>({
  id: 'nvidia-run',
  title: 'Nvidia’s market value, week by week, Dec 2022 to Feb 2025',
  factIds: [
    ...reported.map(r => r.point!.factId),
    ...reported.flatMap(r => (r.point!.rankFactId ? [r.point!.rankFactId] : [])),
    SERIES,
    DROP,
    REBOUND,
    ROUT,
    // The share prices behind the Jan–Feb 2025 values (the Jan 28 value is derived from its close).
    ...CLOSES,
  ],
  columns: [
    { key: 'date', label: 'Close' },
    { key: 'close', label: 'Share price (split- and dividend-adjusted)', unit: 'USD' },
    { key: 'usd', label: 'Market value', unit: 'USD' },
    { key: 'how', label: 'Value' },
    { key: 'what', label: 'What it marks' },
  ],
  rows,
  steps: STEPS,
  rowShown,
  // The counted marks are the dots: the reported closes.
  marks: (step, all) => all.filter(r => r.point && rowShown(r, step)).length,
  layout: width => runLayout(rows, width, { inPanel, label: nvidiaRunText.label, panel: nvidiaRunText.panel, tick: trillionTick, panelTitle: nvidiaRunText.panelTitle, listTitle: nvidiaRunText.listTitle }),
})
