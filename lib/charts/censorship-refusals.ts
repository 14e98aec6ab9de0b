/**
 * Promptfoo's censorship test of R1 as a waffle: a 10 × 10 grid, one square per percent of the
 * prompts. Steps: the empty grid (the prompts sent), then the refusals filled in.
 */
import type { CensorshipOutcomeInput } from '../../data/series/censorship-refusals'
import { CENSORSHIP_GRID_SIDE, CENSORSHIP_OUTCOMES, CENSORSHIP_PROMPTS_FACT, CENSORSHIP_SHARE_FACT } from '../../data/series/censorship-refusals'
import { defineChart } from '../chart'
import { wrapText } from '../chart-layout'
import { getFact, numberFact, printedFact } from '../facts'
import { formatDate, formatValue } from '../format'
import { assertPlotArea } from '../plot-box'
import { estimateTextWidth } from '../text-width'

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

const prompts = printedFact(CENSORSHIP_PROMPTS_FACT)
const testDate = formatDate(getFact(CENSORSHIP_SHARE_FACT).asOf)
const refusedText = formatValue(refusedPct, getFact(CENSORSHIP_SHARE_FACT).format)

/** The waffle's square and the gap between squares, in viewBox units. */
const CELL = 24
const GAP = 3
/** The words beside (or under) the grid, and their sizes: the widest line decides where they go. */
const WORDS = { prompts: 34, line: 22, note: 16 }
const NOTE = 'Rewording the question often got past it.'
const TOPIC = 'Promptfoo’s own, on topics sensitive in China'
const WHAT = 'got a canned refusal'

export interface CensorshipLayout {
  cell: number
  cells: WaffleCell[]
  /** Where the words start, the chart's height and the big number's size. */
  words: { x: number, top: number }
  height: number
  big: number
  /** The topic line, wrapped to the room it has, and each line's baseline from the words' top. */
  topic: { text: string, y: number }[]
  /** Baselines, from the words' top, of the big number, "got a canned refusal" and the note. */
  y: { big: number, what: number, note: number }
}

/** The words' baselines from their top, below a topic of `lines` lines, for a big number of size `big`. */
function wordLines(topic: string[], big: number) {
  const below = 74 + (topic.length - 1) * 28
  return {
    topic: topic.map((text, i) => ({ text, y: 74 + i * 28 })),
    y: { big: below + big, what: below + 40 + big, note: below + 74 + big },
  }
}

/**
 * The grid at the top left; the words beside it when the widest line fits there (a slide), under
 * it otherwise (a phone), with a smaller big number.
 */
function censorshipLayout(width: number): CensorshipLayout {
  const cells = waffleCells(CENSORSHIP_GRID_SIDE, CELL, GAP, 4, 4)
  const grid = cells[cells.length - 1].y + CELL
  assertPlotArea('censorship-refusals', width - grid, grid)
  const besideX = cells[CENSORSHIP_GRID_SIDE - 1].x + CELL + 52
  const widest = Math.max(estimateTextWidth(prompts, WORDS.prompts), estimateTextWidth(TOPIC, WORDS.line), estimateTextWidth(NOTE, WORDS.note))
  if (besideX + widest <= width)
    return { cell: CELL, cells, words: { x: besideX, top: 0 }, height: 280, big: 112, ...wordLines([TOPIC], 112) }
  // Under the grid (a phone): the topic wraps to the width, and the chart grows by its extra lines.
  const lines = wordLines(wrapText(TOPIC, width - 8, WORDS.line), 88)
  return { cell: CELL, cells, words: { x: 4, top: grid + 8 }, height: grid + 18 + lines.y.note, big: 88, ...lines }
}

export const censorshipRefusalsChart = defineChart<CensorshipRow, CensorshipStep, CensorshipLayout>({
  id: 'censorship-refusals',
  // The 85% is of Promptfoo's own curated prompts, not of every sensitive question.
  title: `R1’s refusals on Promptfoo’s own ${prompts}, a curated test set on China-sensitive topics`,
  factIds: [CENSORSHIP_SHARE_FACT, CENSORSHIP_PROMPTS_FACT],
  columns: [
    { key: 'outcome', label: 'Answer' },
    { key: 'share', label: 'Share of prompts', unit: '%' },
  ],
  rows,
  steps: [{ filled: false }, { filled: true }],
  rowShown: (_row, step) => step.filled,
  layout: censorshipLayout,
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

/** The chart's words, from the registry. */
export const censorshipText = {
  side: CENSORSHIP_GRID_SIDE,
  refusedSquares,
  unit: `${prompts} curated by Promptfoo, not all sensitive questions; ${testDate}; one square = ${formatValue(100 / SQUARES, { style: 'percent' })}`,
  /** Beside the grid before the refusals are filled in: "1,360 prompts". */
  prompts,
  /** The big number: "85%". */
  refused: refusedText,
  /** Under the prompt count: whose prompts they are. */
  topic: TOPIC,
  note: NOTE,
  /** Under the big number. */
  what: WHAT,
  lead: `Waffle chart, ${SQUARES} squares.`,
  sent: `Promptfoo sent R1 ${prompts} of its own, on topics sensitive in China.`,
  result: `${refusedText} got a canned refusal; ${formatValue(100 - refusedPct, { style: 'percent' })} did not.`,
}
