/** The rows of the billionaire-losses chart (lib/charts/billionaire-losses.ts): one-day wealth losses, Jan 27, 2025. */

/** Which build step reveals a row: the index's total, the tech part of it, two of the people. */
export type WealthStep = 'total' | 'tech' | 'people'

export interface WealthLossInput {
  key: 'total' | 'tech' | 'ellison' | 'huang'
  step: WealthStep
  factId: string
  /** The company behind the fortune, for a person's row. */
  company?: string
  /** The row whose fortune is Nvidia's: outlined in Nvidia's colour. */
  nvidia?: true
}

/** All from the Bloomberg Billionaires Index's tally of the day (data/facts/market.ts). */
export const BILLIONAIRE_LOSS_ROWS: readonly WealthLossInput[] = [
  { key: 'total', step: 'total', factId: 'billionaires-loss-usd' },
  { key: 'tech', step: 'tech', factId: 'billionaires-tech-loss-usd' },
  { key: 'ellison', step: 'people', factId: 'ellison-loss-usd', company: 'Oracle' },
  { key: 'huang', step: 'people', factId: 'huang-loss-usd', company: 'Nvidia', nvidia: true },
]
