/** The rows of the chip-compare chart (lib/charts/chip-compare.ts): what the export rule cut, and what it did not. */

export interface ChipInput {
  chip: 'H100' | 'H800'
  /** Which panel: the link between chips, or the arithmetic each chip does. */
  measure: 'link' | 'compute'
  unit: 'GB/s' | 'TFLOPS'
  side: 'deepseek' | 'us'
  factId: string
}

/** In reveal order: the H100's link, the H800's cut link, then compute per chip for both. */
export const CHIP_ROWS: readonly ChipInput[] = [
  { chip: 'H100', measure: 'link', unit: 'GB/s', side: 'us', factId: 'h100-nvlink-bandwidth' },
  { chip: 'H800', measure: 'link', unit: 'GB/s', side: 'deepseek', factId: 'h800-nvlink-bandwidth' },
  { chip: 'H100', measure: 'compute', unit: 'TFLOPS', side: 'us', factId: 'h100-bf16-tflops' },
  { chip: 'H800', measure: 'compute', unit: 'TFLOPS', side: 'deepseek', factId: 'h800-bf16-tflops' },
]
