/** The rows of the market-moves chart (lib/charts/market-moves.ts): one-day moves on the day of the sell-off. */

/** Which build step reveals a row. */
export type MoveGroup = 'index' | 'chips' | 'rest'

export interface MoveInput {
  name: string
  group: MoveGroup
  factId: string
  /** Nvidia's own row: highlighted in Nvidia's colour (its bar stays the loss colour). */
  nvidia?: true
}

export const MARKET_MOVES_ROWS: readonly MoveInput[] = [
  { name: 'Nasdaq Composite', group: 'index', factId: 'move-nasdaq-pct' },
  { name: 'S&P 500', group: 'index', factId: 'move-sp500-pct' },
  { name: 'Dow Jones', group: 'index', factId: 'move-dow-pct' },
  { name: 'Marvell', group: 'chips', factId: 'move-marvell-pct' },
  { name: 'Broadcom', group: 'chips', factId: 'move-broadcom-pct' },
  { name: 'Nvidia', group: 'chips', factId: 'move-nvidia-pct', nvidia: true },
  { name: 'Chip index (SOX)', group: 'chips', factId: 'move-sox-pct' },
  { name: 'ASML', group: 'chips', factId: 'move-asml-pct' },
  { name: 'Oracle', group: 'rest', factId: 'move-oracle-pct' },
  { name: 'SoftBank', group: 'rest', factId: 'move-softbank-pct' },
  { name: 'Alphabet', group: 'rest', factId: 'move-alphabet-pct' },
  { name: 'Microsoft', group: 'rest', factId: 'move-microsoft-pct' },
  { name: 'Apple', group: 'rest', factId: 'move-apple-pct' },
]
