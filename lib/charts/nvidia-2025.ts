/**
 * Nvidia's market value through 2025: sourced closes joined by straight lines (not the daily
 * path), and dated marks: the H20 charge expected and booked, the first pass of $4T during
 * trading, the first $5T at an open. Steps: the fall and the spring (to May); the recovery to
 * $4T (July); the rest of the year. Every figure and date is read from the registry here; the
 * geometry is lib/nvidia-2025-layout.ts.
 */
import type { Nv25EventInput, Nv25Step } from '../../data/series/nvidia-2025'
import type { Nv25Geometry } from '../nvidia-2025-layout'
import { NVIDIA_2025_EVENTS, NVIDIA_2025_POINTS } from '../../data/series/nvidia-2025'
import { defineChart } from '../chart'
import { shortDate } from '../dates'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { nv25Layout } from '../nvidia-2025-layout'
import { trillionsPassed, trillionTick } from './nvidia-run'

export type Nv25Kind = 'close' | Nv25EventInput['kind']

export interface Nv25Row {
  date: string
  usd: number
  factId: string
  step: Nv25Step
  kind: Nv25Kind
  /** As the registry prints it (table, CSV). */
  printed: string
  /** On the chart: a close to two decimals of $T ("≈$2.90T, Jan 27"), a mark's day and event. */
  label: string
  /** What the value is, in words (table, CSV, text alternative). */
  what: string
  /** Drawn in the loss colour: the Jan 27 fall and the H20 charges. */
  loss: boolean
  dayAfterPrevious?: true
}

const STEPS: readonly Nv25Step[] = ['spring', 'recovery', 'rest']
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
  return { date, usd, factId: p.factId, step: p.step, kind: 'close', printed: printedFact(p.factId), label: `${t2(usd, p.factId)}, ${shortDate(date)}`, what: p.fall ? 'close on the day of the DeepSeek sell-off' : 'close', loss: !!p.fall, ...(p.dayAfterPrevious ? { dayAfterPrevious: true as const } : {}) }
})
const events: Nv25Row[] = NVIDIA_2025_EVENTS.map((e) => {
  const usd = numberFact(e.factId)
  const date = getFact(e.factId).asOf
  const [label, what] = eventWords(e, usd)
  return { date, usd, factId: e.factId, step: e.step, kind: e.kind, printed: printedFact(e.factId), label: `${shortDate(date)}: ${label}`, what, loss: e.kind.startsWith('charge') }
})
const rows: Nv25Row[] = [...closes, ...events].sort((a, b) => a.date.localeCompare(b.date) || (a.kind === 'close' ? -1 : 1))
for (let i = 1; i < rows.length; i++) {
  if (STEPS.indexOf(rows[i].step) < STEPS.indexOf(rows[i - 1].step))
    throw new Error(`nvidia-2025: a later row (${rows[i].date}) is revealed before an earlier one`)
}

/** The value axis reaches the next whole trillion above the highest value. */
const Y_MAX = Math.ceil(Math.max(...rows.filter(r => r.kind !== 'charge-expected' && r.kind !== 'charge-booked').map(r => r.usd)) / 1e12) * 1e12

/** Which close labels win a spot first: the fall, then the latest. */
const priority = (r: Nv25Row, i: number) => (r.loss ? 100 : i)

export const nvidia2025Text = {
  unit: 'Market value, USD, from $0: sourced closes (dots) and dated marks; the lines join the closes, they are not the daily path',
  description: `Nvidia’s market value through 2025. ${rows.map(r => `${formatDate(r.date)}: ${r.printed}, ${r.what}`).join('; ')}. `
    + 'Straight lines join the sourced closes; they are not the daily path.',
}

export const nvidia2025Chart = defineChart<Nv25Row, Nv25Step, Nv25Geometry>({
  id: 'nvidia-2025',
  title: 'Nvidia’s stock-market value through 2025, sourced closes and marks',
  factIds: rows.map(r => r.factId),
  columns: [
    { key: 'date', label: 'Date' },
    { key: 'usd', label: 'Value', unit: 'USD' },
    { key: 'what', label: 'What it is' },
  ],
  rows,
  steps: STEPS,
  rowShown: (row, step) => STEPS.indexOf(row.step) <= STEPS.indexOf(step),
  layout: width => nv25Layout(rows.map((r, i) => ({ date: r.date, usd: r.usd, isClose: r.kind === 'close', ring: r.kind === 'passed-at-open', dayAfterPrevious: r.dayAfterPrevious, label: r.label, priority: priority(r, i) })), width, trillionTick, Y_MAX),
})
