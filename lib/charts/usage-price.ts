/**
 * The price of using R1 against o1, per 1M tokens at list prices, drawn to scale on one
 * zero-based axis. Steps: R1's output price, then o1's with the gap, then the input prices
 * with theirs and DeepSeek's own claim.
 */
import type { PriceInput } from '../../data/series/usage-price'
import type { PriceGeometry } from '../usage-price-layout'
import { PRICE_CLAIM_FACT, PRICE_GAP_FACTS, PRICE_ROWS } from '../../data/series/usage-price'
import { defineChart } from '../chart'
import { numberFact, printedFact } from '../facts'
import { priceLayout } from '../usage-price-layout'

export interface PriceRow extends PriceInput {
  usd: number
  /** As the registry prints it: "$2.19". */
  printed: string
  /** On the chart, two decimals for every price: "$2.19", "$60.00". */
  display: string
}

/** "$2.19", "$60.00": one number of decimals for every price on the chart. */
export const priceDisplay = (usd: number) => `$${usd.toFixed(2)}`

const rows: readonly PriceRow[] = PRICE_ROWS.map((r) => {
  const usd = numberFact(r.factId)
  return { ...r, usd, printed: printedFact(r.factId), display: priceDisplay(usd) }
})

const gap = (tokens: 'output' | 'input') => `${printedFact(PRICE_GAP_FACTS[tokens])} cheaper`

/** The chart's words, from the registry. */
export const usagePriceText = {
  unit: 'US dollars per 1M tokens, list prices in January 2025; one scale, bars from $0',
  heading: { output: 'Output tokens (what the model writes)', input: 'Input tokens (what you send it)' },
  /** Beside R1's bar once o1's is shown: "≈27× cheaper". */
  gap: { output: gap('output'), input: gap('input') },
  claim: `DeepSeek’s own claim, reported by Reuters: ${printedFact(PRICE_CLAIM_FACT)} cheaper, depending on the task`,
  row: (r: PriceRow) => `${r.model}, ${r.tokens} tokens: ${r.printed} per 1M`,
}

/** Bars shown at each step, in row order. */
export const usagePriceChart = defineChart<PriceRow, number, PriceGeometry>({
  id: 'usage-price',
  title: 'What using each model costs, at list prices',
  factIds: [...PRICE_ROWS.map(r => r.factId), PRICE_GAP_FACTS.output, PRICE_GAP_FACTS.input, PRICE_CLAIM_FACT],
  columns: [
    { key: 'model', label: 'Model' },
    { key: 'tokens', label: 'Tokens' },
    { key: 'usd', label: 'List price', unit: 'USD per 1M tokens' },
  ],
  rows,
  steps: [1, 2, 4],
  rowShown: (row, bars) => rows.indexOf(row) < bars,
  layout: width => priceLayout(rows, width, usagePriceText),
})
