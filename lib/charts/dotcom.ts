/**
 * The Nasdaq Composite's dot-com milestones next to Jan 27, 2025, and zero-based bars comparing
 * the two falls. Steps: the crash (peak, low, its bar); + the 2015 record; + Jan 27, 2025 and
 * its bar. The bar labels, annotations and text alternative read their dates and figures from
 * the registry here.
 */
import type { DotcomKey, FallKey, MilestoneInput } from '../../data/series/dotcom'
import { DOTCOM_MILESTONES } from '../../data/series/dotcom'
import { parseDay } from '../change'
import { defineChart } from '../chart'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { tickLabel } from '../ticks'

export interface MilestoneRow extends MilestoneInput {
  date: string
  close: number
}

export interface DotcomStep {
  points: readonly DotcomKey[]
  bars: readonly FallKey[]
}

/** One bar of the side panel: a fall as a positive percentage, and how the registry prints it. */
export interface Fall {
  key: FallKey
  label: string
  pct: number
  printed: string
}

const rows: MilestoneRow[] = DOTCOM_MILESTONES.map(r => ({ ...r, date: getFact(r.factId).asOf, close: numberFact(r.factId) }))
const milestone = (key: DotcomKey) => rows.find(r => r.key === key)!
const [peak, low, jan27] = [milestone('peak'), milestone('low'), milestone('jan27')]
const monthYear = (iso: string) => tickLabel('month-year', parseDay(iso))
const crashId = 'nasdaq-dotcom-drop-pct'
const dayId = 'move-nasdaq-pct'
const recoveryId = 'nasdaq-recovery-years'

export const dotcomChart = defineChart<MilestoneRow, DotcomStep>({
  id: 'dotcom',
  title: 'Nasdaq Composite milestones',
  factIds: [...rows.map(r => r.factId), 'nasdaq-peak-date', 'nasdaq-low-date', 'nasdaq-record-date', crashId, recoveryId, dayId],
  columns: [
    { key: 'milestone', label: 'Milestone' },
    { key: 'date', label: 'Date' },
    { key: 'close', label: 'Close', unit: 'index points' },
  ],
  rows,
  steps: [
    { points: ['peak', 'low'], bars: ['crash'] },
    { points: ['peak', 'low', 'record'], bars: ['crash'] },
    { points: ['peak', 'low', 'record', 'jan27'], bars: ['crash', 'jan27'] },
  ],
  rowShown: (row, step) => step.points.includes(row.key),
  marks: step => step.points.length + step.bars.length,
})

const falls: readonly Fall[] = [
  { key: 'crash', label: `${monthYear(peak.date)} → ${monthYear(low.date)}`, pct: Math.abs(numberFact(crashId)), printed: printedFact(crashId) },
  { key: 'jan27', label: `${formatDate(jan27.date)}, one day`, pct: Math.abs(numberFact(dayId)), printed: printedFact(dayId) },
]

/** The chart's words that hold a date or a figure, and the falls the bars compare. */
export const dotcomText = {
  falls,
  /** Points lost on Jan 27, 2025: the day's drop drawn at that milestone. */
  dayPoints: Math.abs(numberFact('nasdaq-points-2025-01-27')),
  recovery: `${printedFact(recoveryId)} from record close to record close`,
  dayClose: `${tickLabel('count', jan27.close)} on ${formatDate(jan27.date)}`,
  dayFall: `${printedFact(dayId)} that day`,
  description: `Nasdaq Composite closing milestones on a log scale. `
    + `${rows.map(r => `${r.milestone}, ${formatDate(r.date)}: ${tickLabel('count', r.close)}`).join('; ')}. `
    + `From peak to low the index fell ${printedFact(crashId)}, and it took ${printedFact(recoveryId)} to close at a new record. `
    + `On ${formatDate(jan27.date)} it fell ${printedFact(dayId)} in one day.`,
}
