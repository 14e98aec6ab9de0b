/**
 * H800 vs H100: the export rule cut the chip-to-chip link (NVLink), not the compute. Steps:
 * the H100's link, then the H800's cut link, then compute per chip, in words (no sourced
 * per-chip TFLOPS figure is in the registry).
 */
import type { ChipInput } from '../../data/series/chip-compare'
import { CHIP_ROWS } from '../../data/series/chip-compare'
import { defineChart } from '../chart'
import { numberFact, printedFact, textFact } from '../facts'

export interface ChipRow extends ChipInput {
  /** GB/s for a link; the registry's words for compute. */
  value: number | string
  /** As the registry prints it: "400 GB/s". */
  printed: string
}

const rows: readonly ChipRow[] = CHIP_ROWS.map(r => ({
  ...r,
  value: r.unit === 'words' ? textFact(r.factId) : numberFact(r.factId),
  printed: printedFact(r.factId),
}))

/** Each step is the number of marks shown, in row order: two link bars, then the compute row. */
export const chipCompareChart = defineChart<ChipRow, number>({
  id: 'chip-compare',
  title: 'H800 vs H100: what the export rule cut',
  factIds: CHIP_ROWS.map(r => r.factId),
  columns: [
    { key: 'chip', label: 'Chip' },
    { key: 'measure', label: 'Measure' },
    { key: 'value', label: 'Value' },
    { key: 'unit', label: 'Unit' },
  ],
  rows,
  steps: [1, 2, 3],
  rowShown: (row, marks) => rows.indexOf(row) < marks,
})

const [full, cut, compute] = rows
const CUT = 'cut by the export rule'

/** The chart's words, from the registry. */
export const chipCompareText = {
  unit: `Chip-to-chip bandwidth in ${full.unit} (bars start at zero); compute in words`,
  linkHeading: 'Link between chips (NVLink)',
  axisUnit: full.unit,
  cut: CUT,
  computeHeading: 'Compute per chip (the arithmetic that trains a model)',
  /** One sentence per row, for the text alternative. */
  said: [
    `${full.chip} chip-to-chip link: ${full.printed}`,
    `${cut.chip}: ${cut.printed}, ${CUT}`,
    `${compute.chip} compute per chip: ${compute.printed}`,
  ],
}
