/**
 * One-day moves on the day of the sell-off, diverging from zero. Steps: the indexes, then the
 * chipmakers, then everyone else.
 */
import type { MoveGroup, MoveInput } from '../../data/series/market-moves'
import { MARKET_MOVES_ROWS } from '../../data/series/market-moves'
import { parseDay } from '../dates'
import { defineChart } from '../chart'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'
import { tickLabel } from '../ticks'

export interface MoveRow extends MoveInput {
  pct: number
  /** The move as the registry prints it: "−16.97%", "+0.65%". */
  printed: string
}

const rows: MoveRow[] = MARKET_MOVES_ROWS.map(r => ({ ...r, pct: numberFact(r.factId), printed: printedFact(r.factId) }))

const days = [...new Set(rows.map(r => getFact(r.factId).asOf))]
if (days.length !== 1)
  throw new Error(`market-moves: every move must be from one day, got ${days.join(', ')}`)
/** The trading day of every move, YYYY-MM-DD. */
const date = days[0]
const day = parseDay(date)

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
  unit: `% change in one trading day, ${tickLabel('weekday', day)}, ${tickLabel('year', day)}`,
  description: `Percentage change on ${formatDate(date)}. Fell: ${fell.map(r => `${r.name} ${r.pct}%`).join(', ')}. `
    + `Rose: ${rose.map(r => `${r.name} +${r.pct}%`).join(', ')}.`,
}

export const marketMovesChart = defineChart<MoveRow, readonly MoveGroup[]>({
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
})

/** The slide layout's fixed measures, in viewBox units: the axis band, and the group labels' column, the bracket beside it and the right edge of the row names. */
export const marketMovesBox = { axis: 28, groupX: 0, bracketX: 116, nameX: 282 } as const
