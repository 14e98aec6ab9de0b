/**
 * GPU fleets as squares, one per 1,000 GPUs (a part-square for the remainder). Steps: V3's
 * training cluster alone, then Llama 3.1 405B's and GPT-4's (a leak), then xAI's Colossus
 * cluster. Marks are fleets: each is one `g.mark` whose `data-count` holds its GPUs, so a check
 * can add up the GPUs shown.
 */
import type { FleetInput } from '../../data/series/gpu-units'
import { GPU_FLEETS, GPUS_PER_SQUARE } from '../../data/series/gpu-units'
import { defineChart } from '../chart'
import { numberFact, printedFact } from '../facts'
import { formatValue } from '../format'

export interface FleetRow extends FleetInput {
  gpus: number
  /** How many times V3's cluster, as the registry prints it ("8×"); empty where none. */
  multiple: string
  /** The label over the squares: "xAI Colossus cluster". */
  title: string
  /** The line under it: "16,384 H100s (8× V3)", "~25,000 A100s (leak)". */
  count: string
}

const rows: readonly FleetRow[] = GPU_FLEETS.map((f) => {
  const multiple = f.multipleFactId ? printedFact(f.multipleFactId) : ''
  const aside = f.leak ? ' (leak)' : multiple ? ` (${multiple} V3)` : ''
  return {
    ...f,
    gpus: numberFact(f.factId),
    multiple,
    title: `${f.name} ${f.kind === 'cluster' ? 'cluster' : 'run'}`,
    count: `${printedFact(f.factId)} ${f.chip}s${aside}`,
  }
})

/** Fleets shown at each step, in row order. */
const STEPS = [1, 3, 4] as const

export const gpuUnitsChart = defineChart<FleetRow, number>({
  id: 'gpu-units',
  title: 'GPUs in each training run or cluster',
  factIds: GPU_FLEETS.flatMap(f => (f.multipleFactId ? [f.factId, f.multipleFactId] : [f.factId])),
  columns: [
    { key: 'name', label: 'Model or cluster' },
    { key: 'kind', label: 'What' },
    { key: 'chip', label: 'Chip' },
    { key: 'gpus', label: 'GPUs', unit: 'count' },
    { key: 'multiple', label: 'Times V3’s cluster' },
  ],
  rows,
  steps: STEPS,
  rowShown: (row, fleets) => rows.indexOf(row) < fleets,
})

const perSquare = formatValue(GPUS_PER_SQUARE, { style: 'number' })

/** The chart's words, from the registry. */
export const gpuUnitsText = {
  perSquare: GPUS_PER_SQUARE,
  unit: `GPUs: one square = ${perSquare}; a part-square is the remainder. Outlined: a leak, not confirmed.`,
  key: `= ${perSquare} GPUs`,
  lead: `One square per ${perSquare} GPUs.`,
  row: (r: FleetRow) => `${r.title}: ${r.count}`,
}
