/**
 * The Nasdaq Composite from 1995 to Jan 27, 2025 on a log scale: a line through each year's last
 * close and the milestone closes (the dot-com record, the 2002 low, the 2015 record, Jan 27,
 * 2025), plus zero-based bars comparing the two falls. Steps: the boom and crash to the 2002
 * low, with its bar; + on to the 2015 record; + on to Jan 27, 2025, and its bar. The bar labels,
 * annotations and text alternative read their dates and figures from the registry here.
 */
import type { DotcomKey, FallKey } from '../../data/series/dotcom'
import type { DotcomGeometry } from '../dotcom-layout'
import { format } from 'd3-format'
import { DOTCOM_MILESTONES, DOTCOM_YEAR_ENDS } from '../../data/series/dotcom'
import { defineChart } from '../chart'
import { parseDay } from '../dates'
import { dotcomLayout } from '../dotcom-layout'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { tickLabel } from '../ticks'

/** One close on the line: a milestone (annotated, counted as a mark) or a year's last close. */
export interface DotcomRow {
  /** The milestone's key, or "ye-1999" for a year-end close. */
  key: DotcomKey | `ye-${number}`
  kind: 'milestone' | 'year-end'
  /** What the close is: "Dot-com peak (record close)", "Last close of 1999". */
  what: string
  factId: string
  date: string
  close: number
}

export interface DotcomStep {
  /** The line and its milestones are drawn up to this date. */
  through: string
  points: readonly DotcomKey[]
  bars: readonly FallKey[]
}

/** One bar of the side panel: a fall as a positive percentage, and how the registry prints it. */
export interface Fall {
  key: FallKey
  label: string
  pct: number
  printed: string
  /** On the chart, one decimal like every figure there: "−78.0%", "−3.1%". */
  display: string
}

const milestoneRows: DotcomRow[] = DOTCOM_MILESTONES.map(m => ({
  key: m.key,
  kind: 'milestone',
  what: m.milestone,
  factId: m.factId,
  date: getFact(m.factId).asOf,
  close: numberFact(m.factId),
}))
const yearEndRows: DotcomRow[] = DOTCOM_YEAR_ENDS.map((factId) => {
  const date = getFact(factId).asOf
  const year = Number(date.slice(0, 4))
  return { key: `ye-${year}`, kind: 'year-end', what: `Last close of ${year}`, factId, date, close: numberFact(factId) }
})
/** Every close on the line, in date order. */
const rows: DotcomRow[] = [...milestoneRows, ...yearEndRows].sort((a, b) => a.date.localeCompare(b.date))

const milestone = (key: DotcomKey) => milestoneRows.find(r => r.key === key)!
const [peak, low, record, jan27] = [milestone('peak'), milestone('low'), milestone('record'), milestone('jan27')]
const monthYear = (iso: string) => tickLabel('month-year', parseDay(iso))
const crashId = 'nasdaq-dotcom-drop-pct'
const dayId = 'move-nasdaq-pct'
const recoveryId = 'nasdaq-recovery-years'

const steps: readonly DotcomStep[] = [
  { through: low.date, points: ['peak', 'low'], bars: ['crash'] },
  { through: record.date, points: ['peak', 'low', 'record'], bars: ['crash'] },
  { through: jan27.date, points: ['peak', 'low', 'record', 'jan27'], bars: ['crash', 'jan27'] },
]

const falls: readonly Fall[] = [
  { key: 'crash', label: `${monthYear(peak.date)} → ${monthYear(low.date)}`, pct: Math.abs(numberFact(crashId)), printed: printedFact(crashId), display: fallPct(numberFact(crashId)) },
  { key: 'jan27', label: `${formatDate(jan27.date)}, one day`, pct: Math.abs(numberFact(dayId)), printed: printedFact(dayId), display: fallPct(numberFact(dayId)) },
]

const count = (value: number) => tickLabel('count', value)
/** Every figure on the chart has one decimal: closes "5,048.6", falls "−78.0%" (exact ones in table, CSV, text alternative). */
const oneDecimal = format(',.1f')
function fallPct(pct: number): string {
  return `−${Math.abs(pct).toFixed(1)}%`
}
const firstYear = yearEndRows[0].date.slice(0, 4)

/** The chart's words that hold a date or a figure, and the falls the bars compare. */
export const dotcomText = {
  falls,
  /** Points lost on Jan 27, 2025: the day's drop drawn at that milestone. */
  dayPoints: Math.abs(numberFact('nasdaq-points-2025-01-27')),
  /** A milestone's label beside its point, rounded to one decimal: "5,048.6 on Mar 10, 2000". */
  close: (r: DotcomRow) => `${oneDecimal(r.close)} on ${formatDate(r.date)}`,
  recovery: `${printedFact(recoveryId)} from record close to record close`,
  dayFall: `${falls[1].display} that day`,
  /** Under the panel's bars. */
  note: '% of the index’s value, bars start at zero',
  unit: `closes, log scale; line: each year’s last close from ${firstYear} and the marked closes, not the daily path; bars: % fall`,
  description: `Nasdaq Composite closes on a log scale, from the last close of ${firstYear} to ${formatDate(jan27.date)}; `
    + 'a line joins each year’s last close and the milestone closes. '
    + `${milestoneRows.map(r => `${r.what}, ${formatDate(r.date)}: ${count(r.close)}`).join('; ')}. `
    + `From peak to low the index fell ${printedFact(crashId)}, and it took ${printedFact(recoveryId)} to close at a new record. `
    + `On ${formatDate(jan27.date)} it fell ${printedFact(dayId)} in one day.`,
}

export const dotcomChart = defineChart<DotcomRow, DotcomStep, DotcomGeometry>({
  id: 'dotcom',
  title: 'Nasdaq Composite: each year’s last close and the milestones',
  // Milestones first: the source line names their (news) sources before the year-end tables.
  factIds: [...milestoneRows.map(r => r.factId), ...yearEndRows.map(r => r.factId), 'nasdaq-peak-date', 'nasdaq-low-date', 'nasdaq-record-date', crashId, recoveryId, dayId, 'nasdaq-points-2025-01-27'],
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'what', label: 'Close' },
    { key: 'close', label: 'Nasdaq Composite', unit: 'index points' },
  ],
  rows,
  steps,
  rowShown: (row, step) => row.date <= step.through,
  marks: step => step.points.length + step.bars.length,
  layout: width => dotcomLayout(rows, width, dotcomText),
})
