/**
 * Training compute in GPU-hours on zero-based bars. Steps: V3 alone, then Llama 3.1 405B, then
 * Llama's bar cut into V3-sized pieces with the ratio.
 */
import type { GpuHoursInput } from '../../data/series/gpu-hours'
import { GPU_HOURS_RATIO_FACT, GPU_HOURS_ROWS } from '../../data/series/gpu-hours'
import { defineChart } from '../chart'
import { numberFact, printedFact } from '../facts'

export interface GpuHoursRow extends GpuHoursInput {
  gpuHours: number
  /** As the registry prints it: "2.788M". */
  printed: string
}

export interface GpuHoursStep {
  /** Bars shown, from the top. */
  bars: number
  /** Llama's bar cut into V3-sized pieces, with the ratio. */
  ratio: boolean
}

const rows: readonly GpuHoursRow[] = GPU_HOURS_ROWS.map(r => ({ ...r, gpuHours: numberFact(r.factId), printed: printedFact(r.factId) }))

export const gpuHoursChart = defineChart<GpuHoursRow, GpuHoursStep>({
  id: 'gpu-hours',
  title: 'Compute used to train each model',
  factIds: [...GPU_HOURS_ROWS.map(r => r.factId), GPU_HOURS_RATIO_FACT],
  columns: [
    { key: 'name', label: 'Model' },
    { key: 'chip', label: 'Chip' },
    { key: 'gpuHours', label: 'Training compute', unit: 'GPU-hours' },
  ],
  rows,
  steps: [
    { bars: 1, ratio: false },
    { bars: 2, ratio: false },
    { bars: 2, ratio: true },
  ],
  rowShown: (row, step) => rows.indexOf(row) < step.bars,
})

const [v3, llama] = rows
const ratio = `${printedFact(GPU_HOURS_RATIO_FACT)} V3`

/** The chart's words, from the registry. */
export const gpuHoursText = {
  unit: 'GPU-hours (one GPU busy for one hour), full training run; bars start at zero',
  note: `${v3.chip} and ${llama.chip} have about the same compute per chip, so their hours compare.`,
  lead: 'Training compute, zero-based bars.',
  /** Beside Llama's cut bar: "≈11× V3". */
  ratio,
  ratioSentence: `${llama.name} used ${ratio}'s compute.`,
  /** A row in the text alternative: "DeepSeek-V3: 2.788M H800 GPU-hours". */
  row: (r: GpuHoursRow) => `${r.name}: ${r.printed} ${r.chip} GPU-hours`,
}
