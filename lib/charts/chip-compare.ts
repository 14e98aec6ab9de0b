/**
 * H800 vs H100: the export rule cut the chip-to-chip link (NVLink), not the compute. Two
 * panels of zero-based bars, each on its own labelled axis. Steps: the H100's link, then the
 * H800's cut link, then compute per chip for both (the same).
 */
import type { ChipInput } from '../../data/series/chip-compare'
import { CHIP_ROWS } from '../../data/series/chip-compare'
import { defineChart } from '../chart'
import { numberFact, printedFact } from '../facts'

export interface ChipRow extends ChipInput {
  value: number
  /** As the registry prints it: "400 GB/s", "989 TFLOPS". */
  printed: string
}

const rows: readonly ChipRow[] = CHIP_ROWS.map(r => ({ ...r, value: numberFact(r.factId), printed: printedFact(r.factId) }))

/** Each step is the number of bars shown, in row order: two link bars, then the compute pair. */
export const chipCompareChart = defineChart<ChipRow, number>({
  id: 'chip-compare',
  title: 'H800 vs H100: what the export rule cut, and what it did not',
  // The compute rows rest on the H800's not-cut compute, as SemiAnalysis and Interconnects report it.
  factIds: [...CHIP_ROWS.map(r => r.factId), 'h800-compute-vs-h100'],
  columns: [
    { key: 'chip', label: 'Chip' },
    { key: 'measure', label: 'Measure' },
    { key: 'value', label: 'Value' },
    { key: 'unit', label: 'Unit' },
  ],
  rows,
  steps: [1, 2, 4],
  rowShown: (row, bars) => rows.indexOf(row) < bars,
})

const [fullLink, cutLink, fullCompute, h800Compute] = rows
const CUT = 'cut by the export rule'
const SAME = 'not cut: the same'

/** The chart's words, from the registry. */
export const chipCompareText = {
  unit: `Per chip, bars from zero: link in ${fullLink.unit}, both directions; compute in dense BF16 ${fullCompute.unit}`,
  linkHeading: 'Link between chips (NVLink)',
  computeHeading: 'Compute per chip (the arithmetic that trains a model)',
  linkUnit: fullLink.unit,
  computeUnit: fullCompute.unit,
  cut: CUT,
  same: SAME,
  /** One sentence per row, for the text alternative. */
  said: [
    `${fullLink.chip} chip-to-chip link: ${fullLink.printed}`,
    `${cutLink.chip}: ${cutLink.printed}, ${CUT}`,
    `${fullCompute.chip} compute per chip: ${fullCompute.printed}`,
    `${h800Compute.chip}: ${h800Compute.printed}, ${SAME}`,
  ],
}
