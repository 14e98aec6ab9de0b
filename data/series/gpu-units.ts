import type { ChartDataset, ChartSpec } from '../types'
import { formatValue } from '../../lib/format'
import { clampStep } from '../../lib/steps'
import { getFact } from '../../lib/facts'

export interface FleetRow {
  name: string
  /** A training run or a whole cluster: the two are not the same thing. */
  kind: 'training run' | 'cluster'
  chip: 'H800' | 'H100'
  gpus: number
  side: 'deepseek' | 'us'
  factId: string
  /** How many times V3's cluster, as the registry prints it ("8×"); empty for V3 itself. */
  multiple: string
  multipleFactId?: string
}

const ROWS: Omit<FleetRow, 'gpus' | 'multiple'>[] = [
  { name: 'DeepSeek-V3', kind: 'training run', chip: 'H800', side: 'deepseek', factId: 'v3-gpu-count' },
  { name: 'Llama 3.1 405B', kind: 'training run', chip: 'H100', side: 'us', factId: 'llama31-405b-gpu-count', multipleFactId: 'llama31-v3-gpu-count-multiple' },
  { name: 'xAI Colossus', kind: 'cluster', chip: 'H100', side: 'us', factId: 'colossus-gpu-count', multipleFactId: 'colossus-v3-gpu-count-multiple' },
]

/** Values come from the registry, so the chart, its table and its CSV cannot disagree with a slide. */
export const gpuUnits: ChartDataset<FleetRow> = {
  id: 'gpu-fleets',
  title: 'One dot per GPU',
  factIds: ROWS.flatMap(r => (r.multipleFactId ? [r.factId, r.multipleFactId] : [r.factId])),
  columns: [
    { key: 'name', label: 'Model or cluster' },
    { key: 'kind', label: 'What' },
    { key: 'chip', label: 'Chip' },
    { key: 'gpus', label: 'GPUs', unit: 'count' },
    { key: 'multiple', label: 'Times V3’s cluster' },
  ],
  rows: ROWS.map((r) => {
    const value = getFact(r.factId).value
    if (typeof value !== 'number')
      throw new TypeError(`${r.factId} must be a number`)
    const m = r.multipleFactId ? getFact(r.multipleFactId) : undefined
    return { ...r, gpus: value, multiple: m ? formatValue(m.value, m.format) : '' }
  }),
}

/** Fleets shown at each step (the slide declares `clicks: 2`): V3, + Llama 3.1 405B, + Colossus. */
export const GPU_UNITS_STEPS: readonly number[] = [1, 2, 3]

export function fleetsAtStep(step: number): number {
  return GPU_UNITS_STEPS[clampStep(step, GPU_UNITS_STEPS.length)]
}

/**
 * Marks are fleets, not GPUs: each fleet is one `g.mark` with `data-count="<GPUs>"`, drawn as
 * at most two pattern-filled rects (whole rows, then one partial row) where one pattern tile is
 * one GPU. The browser test counts fleets shown; the GPU total is the sum of their data-count.
 */
export const gpuUnitsSpec: ChartSpec = {
  chartId: 'gpu-units',
  steps: GPU_UNITS_STEPS.length,
  marksAtStep: fleetsAtStep,
}
