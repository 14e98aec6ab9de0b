/**
 * One-day moves on the day of the sell-off, diverging from zero. Steps: the indexes, then the
 * chipmakers, then everyone else.
 */
import type { MoveGroup, MoveInput } from '../../data/series/market-moves'
import type { MovesGeometry } from '../market-moves-layout'
import { MARKET_MOVES_ROWS } from '../../data/series/market-moves'
import { defineChart } from '../chart'
import { parseDay } from '../dates'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { movesLayout } from '../market-moves-layout'

export interface MoveRow extends MoveInput {
  pct: number
  /** The move as the registry prints it: "−16.97%", "+0.65%" (table, CSV, text alternative). */
  printed: string
  /** Rounded for the chart, one decimal for every row: "−17.0%", "+0.7%". */
  display: string
}

/** "−17.0%", "+0.7%": one decimal, a true minus sign. */
export function movePct(pct: number): string {
  const body = `${Math.abs(pct).toFixed(1)}%`
  return body === '0.0%' ? body : `${pct < 0 ? '−' : '+'}${body}`
}

const rows: MoveRow[] = MARKET_MOVES_ROWS.map((r) => {
  const pct = numberFact(r.factId)
  return { ...r, pct, printed: printedFact(r.factId), display: movePct(pct) }
})

const days = [...new Set(rows.map(r => getFact(r.factId).asOf))]
if (days.length !== 1)
  throw new Error(`market-moves: every move must be from one day, got ${days.join(', ')}`)
/** The trading day of every move, YYYY-MM-DD. */
const date = days[0]
const day = parseDay(date)
/** The trading day before (weekends skipped): every move is close to close from it. */
const before = new Date(day)
do before.setUTCDate(before.getUTCDate() - 1)
while (before.getUTCDay() === 0 || before.getUTCDay() === 6)
const previousClose = before.toISOString().slice(0, 10)

const fell = rows.filter(r => r.pct < 0).sort((a, b) => a.pct - b.pct)
const rose = rows.filter(r => r.pct > 0)

/** The groups' names, in the order the steps reveal them. */
export const MOVE_GROUPS: readonly { group: MoveGroup, label: string }[] = [
  { group: 'index', label: 'Indexes' },
  { group: 'chips', label: 'Chipmakers' },
  { group: 'rest', label: 'Others' },
]
for (const { group } of MOVE_GROUPS) {
  const at = rows.map((r, i) => (r.group === group ? i : -1)).filter(i => i >= 0)
  if (!at.length || at.at(-1)! - at[0] !== at.length - 1)
    throw new Error(`market-moves: the rows of group "${group}" must be listed together`)
}

/** The chart's words, all from the rows and the registry. */
export const marketMovesText = {
  unit: `% change, close ${formatDate(previousClose)} → close ${formatDate(date)}`,
  description: `Percentage change on ${formatDate(date)}. Fell: ${fell.map(r => `${r.name} ${r.pct}%`).join(', ')}. `
    + `Rose: ${rose.map(r => `${r.name} +${r.pct}%`).join(', ')}.`,
}

export const marketMovesChart = defineChart<MoveRow, readonly MoveGroup[], MovesGeometry>({
  id: 'market-moves',
  title: `One day, two directions: moves on ${formatDate(date)}`,
  factIds: rows.map(r => r.factId),
  columns: [
    { key: 'name', label: 'Name' },
    { key: 'group', label: 'Group' },
    { key: 'pct', label: 'Change', unit: '%' },
  ],
  rows,
  steps: [
    ['index'],
    ['index', 'chips'],
    ['index', 'chips', 'rest'],
  ],
  rowShown: (row, groups) => groups.includes(row.group),
  layout: width => movesLayout(rows, width),
})
