/**
 * One dot per GPU. Steps: V3's training cluster alone, then Llama 3.1 405B's, then xAI's
 * Colossus cluster. Marks are fleets, not GPUs: each is one `g.mark` whose `data-count` holds
 * its GPUs, so a check can add up the GPUs shown.
 */
import type { FleetInput } from '../../data/series/gpu-units'
import { GPU_FLEETS } from '../../data/series/gpu-units'
import { defineChart } from '../chart'
import { numberFact, printedFact } from '../facts'

export interface FleetRow extends FleetInput {
  gpus: number
  /** How many times V3's cluster, as the registry prints it ("8×"); empty for V3 itself. */
  multiple: string
  /** The label over the dots: "xAI Colossus cluster". */
  title: string
  /** The line under it: "16,384 H100s (8× V3)". */
  count: string
}

const rows: readonly FleetRow[] = GPU_FLEETS.map((f) => {
  const multiple = f.multipleFactId ? printedFact(f.multipleFactId) : ''
  return {
    ...f,
    gpus: numberFact(f.factId),
    multiple,
    title: `${f.name} ${f.kind === 'cluster' ? 'cluster' : 'run'}`,
    count: `${printedFact(f.factId)} ${f.chip}s${multiple ? ` (${multiple} V3)` : ''}`,
  }
})

/** Each step is the number of fleets shown, in row order. */
export const gpuUnitsChart = defineChart<FleetRow, number>({
  id: 'gpu-units',
  title: 'One dot per GPU',
  factIds: GPU_FLEETS.flatMap(f => (f.multipleFactId ? [f.factId, f.multipleFactId] : [f.factId])),
  columns: [
    { key: 'name', label: 'Model or cluster' },
    { key: 'kind', label: 'What' },
    { key: 'chip', label: 'Chip' },
    { key: 'gpus', label: 'GPUs', unit: 'count' },
    { key: 'multiple', label: 'Times V3’s cluster' },
  ],
  rows,
  steps: [1, 2, 3],
  rowShown: (row, fleets) => rows.indexOf(row) < fleets,
})

/** The chart's words, from the registry. */
export const gpuUnitsText = {
  unit: `GPUs, one dot each: ${rows.map(r => printedFact(r.factId)).join(' + ')} dots in all`,
  lead: 'One dot per GPU.',
}
