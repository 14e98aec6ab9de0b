import type { ChartDataset, ChartSpec } from '../types'
import { formatValue } from '../../lib/format'
import { clampStep } from '../../lib/steps'
import { getFact } from '../../lib/facts'

export interface GpuHoursRow {
  name: string
  chip: 'H800' | 'H100'
  gpuHours: number
  printed: string
  side: 'deepseek' | 'us'
  factId: string
}

const ROWS: Omit<GpuHoursRow, 'gpuHours' | 'printed'>[] = [
  { name: 'DeepSeek-V3', chip: 'H800', side: 'deepseek', factId: 'v3-gpu-hours' },
  { name: 'Llama 3.1 405B', chip: 'H100', side: 'us', factId: 'llama31-405b-gpu-hours' },
]

/** The ≈11× ratio, from the registry (a derived fact). */
export const GPU_HOURS_RATIO_FACT = 'llama31-v3-gpu-hours-multiple'

/** Values come from the registry, so the chart, its table and its CSV cannot disagree with a slide. */
export const gpuHours: ChartDataset<GpuHoursRow> = {
  id: 'training-gpu-hours',
  title: 'Compute used to train each model',
  factIds: [...ROWS.map(r => r.factId), GPU_HOURS_RATIO_FACT],
  columns: [
    { key: 'name', label: 'Model' },
    { key: 'chip', label: 'Chip' },
    { key: 'gpuHours', label: 'Training compute', unit: 'GPU-hours' },
  ],
  rows: ROWS.map((r) => {
    const fact = getFact(r.factId)
    if (typeof fact.value !== 'number')
      throw new TypeError(`${r.factId} must be a number`)
    return { ...r, gpuHours: fact.value, printed: formatValue(fact.value, fact.format) }
  }),
}

export interface GpuHoursStep {
  /** Bars shown, from the top. */
  bars: number
  /** Llama's bar cut into V3-sized pieces, with the ratio. */
  ratio: boolean
}

/** The slide declares `clicks: 2`: V3 alone, + Llama 3.1 405B, + the ≈11× pieces. */
export const GPU_HOURS_STEPS: readonly GpuHoursStep[] = [
  { bars: 1, ratio: false },
  { bars: 2, ratio: false },
  { bars: 2, ratio: true },
]

export function gpuHoursStep(step: number): GpuHoursStep {
  return GPU_HOURS_STEPS[clampStep(step, GPU_HOURS_STEPS.length)]
}

/** One mark per bar (`rect.mark`). */
export const gpuHoursSpec: ChartSpec = {
  chartId: 'gpu-hours',
  steps: GPU_HOURS_STEPS.length,
  marksAtStep: step => gpuHoursStep(step).bars,
}
