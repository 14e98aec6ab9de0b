import type { ChartDataset, ChartSpec } from '../types'
import { clampStep } from '../../lib/steps'
import { getFact } from '../../lib/facts'

/** Which build step reveals a row on the "moves on Jan 27" slide (pages/05-market.md). */
export type MoveGroup = 'index' | 'chips' | 'rest'

export interface MoveRow {
  name: string
  group: MoveGroup
  pct: number
  factId: string
}

const ROWS: { name: string, group: MoveGroup, factId: string }[] = [
  { name: 'Nasdaq Composite', group: 'index', factId: 'move-nasdaq-pct' },
  { name: 'S&P 500', group: 'index', factId: 'move-sp500-pct' },
  { name: 'Dow Jones', group: 'index', factId: 'move-dow-pct' },
  { name: 'Marvell', group: 'chips', factId: 'move-marvell-pct' },
  { name: 'Broadcom', group: 'chips', factId: 'move-broadcom-pct' },
  { name: 'Nvidia', group: 'chips', factId: 'move-nvidia-pct' },
  { name: 'Chip index (SOX)', group: 'chips', factId: 'move-sox-pct' },
  { name: 'ASML', group: 'chips', factId: 'move-asml-pct' },
  { name: 'AMD', group: 'chips', factId: 'move-amd-pct' },
  { name: 'Oracle', group: 'rest', factId: 'move-oracle-pct' },
  { name: 'SoftBank', group: 'rest', factId: 'move-softbank-pct' },
  { name: 'Cisco', group: 'rest', factId: 'move-cisco-pct' },
  { name: 'Alphabet', group: 'rest', factId: 'move-alphabet-pct' },
  { name: 'Tesla', group: 'rest', factId: 'move-tesla-pct' },
  { name: 'Microsoft', group: 'rest', factId: 'move-microsoft-pct' },
  { name: 'Apple', group: 'rest', factId: 'move-apple-pct' },
]

/** Values come from the registry, so the chart, its table and its CSV cannot disagree with a slide. */
export const marketMoves: ChartDataset<MoveRow> = {
  id: 'market-moves-2025-01-27',
  title: 'One day, two directions: moves on Jan 27, 2025',
  factIds: ROWS.map(r => r.factId),
  columns: [
    { key: 'name', label: 'Name' },
    { key: 'group', label: 'Group' },
    { key: 'pct', label: 'Change', unit: '%' },
  ],
  rows: ROWS.map((r) => {
    const value = getFact(r.factId).value
    if (typeof value !== 'number')
      throw new TypeError(`${r.factId} must be a number`)
    return { ...r, pct: value }
  }),
}

/** Groups shown at each step: indexes first, then chipmakers, then everyone else. */
export const MARKET_MOVES_STEPS: readonly MoveGroup[][] = [['index'], ['index', 'chips'], ['index', 'chips', 'rest']]

export const marketMovesSpec: ChartSpec = {
  chartId: 'market-moves',
  steps: MARKET_MOVES_STEPS.length,
  marksAtStep: step => marketMoves.rows.filter(r => MARKET_MOVES_STEPS[clampStep(step, MARKET_MOVES_STEPS.length)].includes(r.group)).length,
}
