/**
 * Promptfoo's censorship test of R1 as a waffle: a 10 × 10 grid, one square per percent of the
 * prompts. Steps: the empty grid (the prompts sent), then the refusals filled in.
 */
import type { CensorshipOutcomeInput } from '../../data/series/censorship-refusals'
import { CENSORSHIP_GRID_SIDE, CENSORSHIP_OUTCOMES, CENSORSHIP_PROMPTS_FACT, CENSORSHIP_SHARE_FACT } from '../../data/series/censorship-refusals'
import { defineChart } from '../chart'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate, formatValue } from '../format'

export interface CensorshipRow extends CensorshipOutcomeInput {
  /** Percent of the prompts. */
  share: number
  /** Squares of the grid this outcome fills. */
  squares: number
}

export interface CensorshipStep {
  filled: boolean
}

const SQUARES = CENSORSHIP_GRID_SIDE * CENSORSHIP_GRID_SIDE
const refusedPct = numberFact(CENSORSHIP_SHARE_FACT)
const refusedSquares = Math.round(refusedPct / 100 * SQUARES)

const rows: readonly CensorshipRow[] = CENSORSHIP_OUTCOMES.map(o => o.key === 'refused'
  ? { ...o, share: refusedPct, squares: refusedSquares }
  : { ...o, share: 100 - refusedPct, squares: SQUARES - refusedSquares })

export const censorshipRefusalsChart = defineChart<CensorshipRow, CensorshipStep>({
  id: 'censorship-refusals',
  title: 'Promptfoo’s censorship test of R1',
  factIds: [CENSORSHIP_SHARE_FACT, CENSORSHIP_PROMPTS_FACT],
  columns: [
    { key: 'outcome', label: 'Answer' },
    { key: 'share', label: 'Share of prompts', unit: '%' },
  ],
  rows,
  steps: [{ filled: false }, { filled: true }],
  rowShown: (_row, step) => step.filled,
})

export interface WaffleCell {
  index: number
  x: number
  y: number
}

/** Squares of a side × side grid, row by row from the top left. */
export function waffleCells(side: number, cell: number, gap: number, x0 = 0, y0 = 0): WaffleCell[] {
  if (!Number.isInteger(side) || side < 1)
    throw new TypeError(`waffleCells: side must be a positive integer, got ${side}`)
  return Array.from({ length: side * side }, (_, index) => ({
    index,
    x: x0 + (index % side) * (cell + gap),
    y: y0 + Math.floor(index / side) * (cell + gap),
  }))
}

const prompts = printedFact(CENSORSHIP_PROMPTS_FACT)
const testDate = formatDate(getFact(CENSORSHIP_SHARE_FACT).asOf)
const refusedText = formatValue(refusedPct, getFact(CENSORSHIP_SHARE_FACT).format)

/** The chart's words, from the registry. */
export const censorshipText = {
  side: CENSORSHIP_GRID_SIDE,
  refusedSquares,
  unit: `${prompts}, published ${testDate}; one square = ${formatValue(100 / SQUARES, { style: 'percent' })} of them`,
  /** Beside the grid before the refusals are filled in: "1,360 prompts". */
  prompts,
  /** The big number: "85%". */
  refused: refusedText,
  lead: `Waffle chart, ${SQUARES} squares.`,
  sent: `Promptfoo sent R1 ${prompts} on topics sensitive in China.`,
  result: `${refusedText} got a canned refusal; ${formatValue(100 - refusedPct, { style: 'percent' })} did not.`,
}
