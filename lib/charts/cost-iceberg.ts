/**
 * What DeepSeek's $5.6M covers and what it leaves out, as one stacked bar on one zero-based
 * linear scale: the counted final run is a sliver at the left end. Steps: the counted run alone
 * (on the full scale), then the training it leaves out (R1's RL stage, pre-training experiments),
 * then DeepSeek's GPU fleet (servers and running costs, SemiAnalysis's estimates).
 */
import type { IcebergGroup, IcebergInput } from '../../data/series/cost-iceberg'
import { ICEBERG_ROWS } from '../../data/series/cost-iceberg'
import { defineChart } from '../chart'
import { fillFacts, numberOrEnd, printedFact, templateParts } from '../facts'

export interface IcebergRow extends IcebergInput {
  /** USD; low = high unless the estimate is a range. */
  low: number
  high: number
  /** As the registry prints it: "$5.6M", "~$11–22M", "~$1.6B". */
  printed: string
}

export interface StackedSegment {
  /** Where the segment starts, where its low end and its high end fall, in USD along the stack. */
  start: number
  lowEnd: number
  end: number
}

/** Segments laid end to end from zero; a range takes its high end, so nothing overlaps. */
export function stackSegments(rows: readonly { low: number, high: number }[]): StackedSegment[] {
  let at = 0
  return rows.map((r) => {
    if (!(Number.isFinite(r.low) && Number.isFinite(r.high) && r.low >= 0 && r.high >= r.low))
      throw new TypeError(`stackSegments: need 0 ≤ low ≤ high, got ${r.low}–${r.high}`)
    const segment = { start: at, lowEnd: at + r.low, end: at + r.high }
    at = segment.end
    return segment
  })
}

const rows: readonly IcebergRow[] = ICEBERG_ROWS.map(r => ({
  ...r,
  basis: fillFacts(r.basis),
  low: numberOrEnd(r.factId, 'low'),
  high: numberOrEnd(r.factId, 'high'),
  printed: printedFact(r.factId),
}))

const GROUPS: readonly IcebergGroup[] = ['counted', 'training', 'fleet']

export const costIcebergChart = defineChart<IcebergRow, readonly IcebergGroup[]>({
  id: 'cost-iceberg',
  title: 'What the headline figure covers, and what it leaves out',
  // Each segment's fact, then the facts its basis cites (the tip's GPU-hours and price).
  factIds: [...ICEBERG_ROWS.map(r => r.factId), ...ICEBERG_ROWS.flatMap(r => templateParts(r.basis).flatMap(p => ('factId' in p ? [p.factId] : [])))],
  columns: [
    { key: 'name', label: 'Item' },
    { key: 'basis', label: 'Basis' },
    { key: 'low', label: 'Low', unit: 'USD' },
    { key: 'high', label: 'High', unit: 'USD' },
    { key: 'printed', label: 'As reported' },
  ],
  rows,
  steps: GROUPS.map((_, i) => GROUPS.slice(0, i + 1)),
  rowShown: (row, groups) => groups.includes(row.group),
})

/** The chart's words, from the registry. */
export const costIcebergText = {
  unit: 'US dollars, one linear scale from $0; each segment an estimate on its own basis, named beside it',
  /** The small segments' callouts, above the bar. */
  callout: (r: IcebergRow) => `${r.printed} · ${r.name} (${r.basis})`,
  /** The large segments' labels, inside the bar. */
  inside: (r: IcebergRow) => [`${r.name} ${r.printed}`, r.basis],
  note: 'Fleet figures are for all the GPUs DeepSeek can use, shared with High-Flyer; data and salaries are not counted at all.',
  row: (r: IcebergRow) => `${r.name}, ${r.basis}: ${r.printed}`,
}
