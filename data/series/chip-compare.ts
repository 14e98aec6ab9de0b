import type { ChartDataset, ChartSpec } from '../types'
import { clampStep } from '../../lib/steps'
import { getFact } from '../../lib/facts'

export interface ChipRow {
  chip: 'H100' | 'H800'
  measure: string
  /** GB/s for the link; words where no sourced per-chip number exists (compute). */
  value: number | string
  unit: string
  factId: string
}

/** Values come from the registry, so the chart, its table and its CSV cannot disagree with a slide. */
export const chipCompare: ChartDataset<ChipRow> = {
  id: 'h800-vs-h100',
  title: 'H800 vs H100: what the export rule cut',
  factIds: ['h100-nvlink-bandwidth', 'h800-nvlink-bandwidth', 'h800-compute-vs-h100'],
  columns: [
    { key: 'chip', label: 'Chip' },
    { key: 'measure', label: 'Measure' },
    { key: 'value', label: 'Value' },
    { key: 'unit', label: 'Unit' },
  ],
  rows: [
    { chip: 'H100', measure: 'NVLink chip-to-chip bandwidth', unit: 'GB/s', factId: 'h100-nvlink-bandwidth' },
    { chip: 'H800', measure: 'NVLink chip-to-chip bandwidth', unit: 'GB/s', factId: 'h800-nvlink-bandwidth' },
    { chip: 'H800', measure: 'Compute per chip, vs the H100', unit: 'words', factId: 'h800-compute-vs-h100' },
  ].map((r) => {
    const value = getFact(r.factId).value
    if (typeof value === 'object')
      throw new TypeError(`${r.factId} must be a single value`)
    return { ...r, chip: r.chip as ChipRow['chip'], value }
  }),
}

/** Link bandwidths, checked to be numbers. */
export function linkRows(): { chip: ChipRow['chip'], gbps: number }[] {
  return chipCompare.rows.filter(r => r.unit === 'GB/s').map((r) => {
    if (typeof r.value !== 'number')
      throw new TypeError(`${r.factId} must be a number`)
    return { chip: r.chip, gbps: r.value }
  })
}

/** The slide declares `clicks: 2`: H100's link, + H800's cut link, + compute not cut. */
export const CHIP_COMPARE_STEPS: readonly number[] = [1, 2, 3]

/** Marks: the two link bars (`rect.mark`) and the compute row (`g.mark`). */
export function chipMarksAtStep(step: number): number {
  return CHIP_COMPARE_STEPS[clampStep(step, CHIP_COMPARE_STEPS.length)]
}

export const chipCompareSpec: ChartSpec = {
  chartId: 'chip-compare',
  steps: CHIP_COMPARE_STEPS.length,
  marksAtStep: chipMarksAtStep,
}
