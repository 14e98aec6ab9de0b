/** The rows of the chip-compare chart (lib/charts/chip-compare.ts): what the export rule cut. */

export interface ChipInput {
  chip: 'H100' | 'H800'
  measure: string
  /** GB/s for the link; "words" where no sourced per-chip number exists (compute). */
  unit: 'GB/s' | 'words'
  side: 'deepseek' | 'us'
  factId: string
}

/** In reveal order: the H100's link, the H800's cut link, the H800's compute. */
export const CHIP_ROWS: readonly ChipInput[] = [
  { chip: 'H100', measure: 'NVLink chip-to-chip bandwidth', unit: 'GB/s', side: 'us', factId: 'h100-nvlink-bandwidth' },
  { chip: 'H800', measure: 'NVLink chip-to-chip bandwidth', unit: 'GB/s', side: 'deepseek', factId: 'h800-nvlink-bandwidth' },
  { chip: 'H800', measure: 'Compute per chip, vs the H100', unit: 'words', side: 'deepseek', factId: 'h800-compute-vs-h100' },
]
