/**
 * What the world's richest lost on Jan 27, 2025, by the Bloomberg Billionaires Index, on
 * zero-based bars. Steps: the index's combined loss; + the part borne by tech fortunes; + Larry
 * Ellison and Jensen Huang. Names, figures and the date are read from the registry here.
 */
import type { WealthLossInput, WealthStep } from '../../data/series/billionaire-losses'
import { BILLIONAIRE_LOSS_ROWS } from '../../data/series/billionaire-losses'
import { defineChart } from '../chart'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate } from '../format'

export interface WealthLossRow extends WealthLossInput {
  /** The row's name on the chart: "The 500 richest, combined", "Larry Ellison". */
  name: string
  /** Under the name, muted: "of the combined loss", "Oracle". */
  detail: string
  usd: number
  printed: string
}

const STEPS: readonly WealthStep[] = ['total', 'tech', 'people']
const SIZE = 'billionaires-index-size'
const INDEX = 'Bloomberg Billionaires Index'

const NAMES: Record<WealthLossInput['key'], () => [string, string]> = {
  total: () => [`The ${printedFact(SIZE)} richest`, 'combined'],
  tech: () => ['Tech fortunes', 'part of the combined loss'],
  ellison: () => ['Larry Ellison', 'Oracle'],
  huang: () => ['Jensen Huang', 'Nvidia'],
}

const rows: WealthLossRow[] = BILLIONAIRE_LOSS_ROWS.map((r) => {
  const [name, detail] = NAMES[r.key]()
  return { ...r, name, detail: r.company ?? detail, usd: numberFact(r.factId), printed: printedFact(r.factId) }
})

const days = [...new Set(rows.map(r => getFact(r.factId).asOf))]
if (days.length !== 1)
  throw new Error(`billionaire-losses: every loss must be from one day, got ${days.join(', ')}`)
const [tech, total] = [rows.find(r => r.key === 'tech')!, rows.find(r => r.key === 'total')!]
if (!(tech.usd <= total.usd))
  throw new Error('billionaire-losses: the tech part cannot exceed the combined loss')

export const billionaireLossesChart = defineChart<WealthLossRow, WealthStep>({
  id: 'billionaire-losses',
  title: `What the richest lost in one day, by the ${INDEX}`,
  factIds: [...rows.map(r => r.factId), SIZE],
  columns: [
    { key: 'name', label: 'Who' },
    { key: 'detail', label: 'Detail' },
    { key: 'usd', label: 'Wealth lost', unit: 'USD' },
  ],
  rows,
  steps: STEPS,
  rowShown: (row, step) => STEPS.indexOf(row.step) <= STEPS.indexOf(step),
})

/** The chart's words that hold a date or a figure. */
export const billionaireLossesText = {
  unit: `USD of wealth lost on ${formatDate(days[0])}, ${INDEX}; bars start at zero`,
  description: `Wealth lost on ${formatDate(days[0])} by the ${INDEX}: `
    + `${rows.map(r => `${r.name} (${r.detail}): ${r.printed}`).join('; ')}. Tech fortunes are part of the combined loss.`,
}
