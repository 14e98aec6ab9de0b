/**
 * Nvidia's market value through 2025: a weekly line (Yahoo Finance closes scaled from the last
 * value a publisher reported, lib/nvidia-run-series.ts), the reported closes as dots, and dated
 * marks: the H20 charge expected and booked, the first pass of $4T during trading, the first $5T
 * at an open. Steps: the fall and the spring (to May); the recovery to
 * $4T (July); the rest of the year. Every figure and date is read from the registry here; the
 * geometry is lib/nvidia-2025-layout.ts.
 */
import type { Nv25EventInput, Nv25Step } from '../../data/series/nvidia-2025'
import type { Nv25Geometry } from '../nvidia-2025-layout'
import { NV25_STEP_ENDS, NVIDIA_2025_EVENTS, NVIDIA_2025_POINTS } from '../../data/series/nvidia-2025'
import { NVIDIA_CLOSES } from '../../data/series/nvidia-closes'
import { NVIDIA_CLOSES_2025 } from '../../data/series/nvidia-closes-2025'
import { defineChart } from '../chart'
import { shortDate } from '../dates'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { nv25Layout } from '../nvidia-2025-layout'
import { chainValues, printDerived, roundDerived, weeklyCloses } from '../nvidia-run-series'
import { trillionsPassed, trillionTick } from './nvidia-run'

export type Nv25Kind = 'close' | 'week' | Nv25EventInput['kind']

export interface Nv25Row {
  date: string
  usd: number
  /** A reported close or a mark: its own fact. A week: the closes series it is scaled by. */
  factId: string
  step: Nv25Step
  kind: Nv25Kind
  /** As the registry prints it, or "≈$4.24T" for a derived week (table, CSV). */
  printed: string
  /** On the chart: a close to two decimals of $T ("≈$2.90T, Jan 27"), a mark's day and event; empty for a week. */
  label: string
  /** What the value is, in words (table, CSV, text alternative). */
  what: string
  /** Drawn in the loss colour: the Jan 27 fall and the H20 charges. */
  loss: boolean
  /** A reported close drawn without a dot (a mark sits on the same days). */
  noDot?: true
}

const STEPS: readonly Nv25Step[] = ['spring', 'recovery', 'rest']
const SERIES = 'nvidia-weekly-closes'
const SERIES_2025 = 'nvidia-weekly-closes-2025'
const t2 = (usd: number, factId: string) => `${getFact(factId).format.qualifier ?? ''}$${(usd / 1e12).toFixed(2)}T`

function eventWords(e: Nv25EventInput, usd: number): [label: string, what: string] {
  const p = printedFact(e.factId)
  switch (e.kind) {
    case 'charge-expected': return [`${p} H20 charge expected`, `charge Nvidia expected after the H20 needed a licence (${p})`]
    case 'charge-booked': return [`${p} H20 charge booked`, `H20 charge booked in its first-quarter results (${p})`]
    case 'passed-intraday': return [`first past ${trillionsPassed(usd)} in trading`, `the first company past ${p} during trading`]
    case 'passed-at-open': return [`${t2(usd, e.factId)} at the open`, `the first company past ${trillionsPassed(usd)}: ${p} at the open`]
  }
}

const closes: Nv25Row[] = NVIDIA_2025_POINTS.map((p) => {
  const usd = numberFact(p.factId)
  const date = getFact(p.factId).asOf
  return { date, usd, factId: p.factId, step: p.step, kind: 'close', printed: printedFact(p.factId), label: `${t2(usd, p.factId)}, ${shortDate(date)}`, what: p.fall ? 'close on the day of the DeepSeek sell-off' : 'close', loss: !!p.fall, ...(p.noDot ? { noDot: true as const } : {}) }
})
const stepOf = (date: string): Nv25Step => (date <= NV25_STEP_ENDS.spring ? 'spring' : date <= NV25_STEP_ENDS.recovery ? 'recovery' : 'rest')
// Between the reported closes, the last close of each week scaled from the last reported value.
const reportedDays = new Set(closes.map(r => r.date))
const series = weeklyCloses([...NVIDIA_CLOSES, ...NVIDIA_CLOSES_2025].filter(([d]) => d >= closes[0].date), reportedDays)
const weeks: Nv25Row[] = chainValues(series, closes).filter(c => !reportedDays.has(c.date)).map(({ date, usd: chained }) => {
  const usd = roundDerived(chained)
  return { date, usd, factId: date > NVIDIA_CLOSES.at(-1)![0] ? SERIES_2025 : SERIES, step: stepOf(date), kind: 'week', printed: printDerived(usd), label: '', what: 'weekly close, scaled from the last reported value (derived)', loss: false }
})
const events: Nv25Row[] = NVIDIA_2025_EVENTS.map((e) => {
  const usd = numberFact(e.factId)
  const date = getFact(e.factId).asOf
  const [label, what] = eventWords(e, usd)
  return { date, usd, factId: e.factId, step: e.step, kind: e.kind, printed: printedFact(e.factId), label: `${shortDate(date)}: ${label}`, what, loss: e.kind.startsWith('charge') }
})
const rows: Nv25Row[] = [...closes, ...weeks, ...events].sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'close' ? -1 : 1))
for (const r of rows) {
  if (r.step !== stepOf(r.date))
    throw new Error(`nvidia-2025: the ${r.kind} of ${r.date} is a "${r.step}" row but falls in the "${stepOf(r.date)}" step`)
}
for (let i = 1; i < rows.length; i++) {
  if (STEPS.indexOf(rows[i].step) < STEPS.indexOf(rows[i - 1].step))
    throw new Error(`nvidia-2025: a later row (${rows[i].date}) is revealed before an earlier one`)
}

/** The value axis reaches the next whole trillion above the highest value. */
const Y_MAX = Math.ceil(Math.max(...rows.filter(r => !r.kind.startsWith('charge')).map(r => r.usd)) / 1e12) * 1e12

const rowShown = (row: Nv25Row, step: Nv25Step) => STEPS.indexOf(row.step) <= STEPS.indexOf(step)

/**
 * A close's value alone, where value and day fit nowhere (between two marks' rules, on a phone);
 * not the first close, whose value alone at the axis's edge would read as a tick.
 */
const latest = rows.findLast(r => r.kind === 'close' && !r.noDot)
const fallback = (r: Nv25Row) => (r.kind === 'close' && r !== rows[0] ? { fallback: t2(r.usd, r.factId) } : {})

/** Which close labels win a spot first: the fall, the latest, then in date order (June's return before July's record). */
const priority = (r: Nv25Row, i: number) => (r.loss ? 2e3 : r === latest ? 1e3 : -i)

export const nvidia2025Text = {
  unit: 'Market value at the close, USD, from $0. Dots: reported values; line: weekly Yahoo Finance closes scaled from them',
  description: `Nvidia’s market value through 2025, week by week. ${rows.filter(r => r.kind !== 'week').map(r => `${formatDate(r.date)}: ${r.printed}, ${r.what}`).join('; ')}. `
    + 'Between the reported closes the line follows the weekly closing share price (Yahoo Finance), scaled from the last reported value.',
}

export const nvidia2025Chart = defineChart<Nv25Row, Nv25Step, Nv25Geometry>({
  id: 'nvidia-2025',
  title: 'Nvidia’s market value through 2025, week by week, with dated marks',
  factIds: [...new Set(rows.map(r => r.factId))],
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'usd', label: 'Value', unit: 'USD' },
    { key: 'what', label: 'What it is' },
  ],
  rows,
  steps: STEPS,
  rowShown,
  // The counted marks are the dots and the dated marks, not the weeks of the line.
  marks: (step, all) => all.filter(r => r.kind !== 'week' && !r.noDot && rowShown(r, step)).length,
  layout: width => nv25Layout(rows.map((r, i) => ({ date: r.date, usd: r.usd, line: r.kind === 'close' || r.kind === 'week', dot: r.kind === 'close' && !r.noDot, ring: r.kind === 'passed-at-open', label: r.label, priority: priority(r, i), ...fallback(r) })), width, trillionTick, Y_MAX),
})
