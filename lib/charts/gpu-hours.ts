/**
 * Training compute in GPU-hours on zero-based bars, each named with the cluster that ran it.
 * Steps: V3 alone, then Llama 3.1 405B, then Llama's bar cut into V3-sized pieces with the ratio.
 */
import type { GpuHoursInput } from '../../data/series/gpu-hours'
import { scaleLinear } from 'd3-scale'
import { GPU_HOURS_RATIO_FACT, GPU_HOURS_ROWS } from '../../data/series/gpu-hours'
import { defineChart } from '../chart'
import { stackedRows } from '../chart-layout'
import { numberFact, printedFact } from '../facts'
import { multiplesWithin } from '../multiples'
import { assertPlotArea } from '../plot-box'
import { estimateTextWidth } from '../text-width'
import { tickLabel } from '../ticks'

export interface GpuHoursRow extends GpuHoursInput {
  gpuHours: number
  gpus: number
  /** Rounded for the chart, one decimal: "2.8M"; the exact count is in the table. */
  display: string
  /** The bar's words: "DeepSeek-V3 · 2,048 H800s". */
  label: string
}

export interface GpuHoursStep {
  /** Bars shown, from the top. */
  bars: number
  /** Llama's bar cut into V3-sized pieces, with the ratio. */
  ratio: boolean
}

export interface GpuHoursGeometry {
  width: number
  height: number
  x0: number
  /** Where the names start: clear of the baseline. */
  nameX: number
  /** Where the plot's gridlines stop, and the tick labels' baseline. */
  foot: number
  tickY: number
  bars: { labelY: number, y: number, height: number, mid: number, width: number, valueX: number }[]
  ticks: { at: number, label: string, key: number }[]
  /** Where a V3-sized piece ends inside Llama's bar. */
  pieces: number[]
  /** The ratio, right-aligned on the cut bar's name line. */
  ratioX: number
}

const rows: readonly GpuHoursRow[] = GPU_HOURS_ROWS.map((r) => {
  const gpuHours = numberFact(r.factId)
  return { ...r, gpuHours, gpus: numberFact(r.countFactId), display: `${(gpuHours / 1e6).toFixed(1)}M`, label: `${r.name} · ${printedFact(r.countFactId)} ${r.chip}s` }
})
const [v3, llama] = rows
const ratio = `${printedFact(GPU_HOURS_RATIO_FACT)} V3`

/** The chart's words, from the registry. */
export const gpuHoursText = {
  unit: 'GPU-hours (one GPU busy for one hour), full training run, with the GPUs of its cluster; bars start at zero',
  note: `${v3.chip} and ${llama.chip} have about the same compute per chip, so their hours compare.`,
  lead: 'Training compute, zero-based bars.',
  /** On the cut bar's name line: "≈11× V3". */
  ratio,
  ratioSentence: `${llama.name} used ${ratio}'s compute.`,
  /** A row in the text alternative: "DeepSeek-V3, 2,048 H800s: 2.8M GPU-hours". */
  row: (r: GpuHoursRow) => `${r.label.replace(' · ', ', ')}: ${r.display} GPU-hours`,
}

/** Names above the bars at every width: the bars run the width, the values past their ends. */
export function gpuHoursLayout(width: number): GpuHoursGeometry {
  const stack = stackedRows(rows.length, { top: 8, lines: 1, barHeight: 34, gap: 30 })
  const x0 = 4
  const x1 = width - Math.max(...rows.map(r => estimateTextWidth(r.display))) - 12
  assertPlotArea('gpu-hours', x1 - x0, stack.bottom)
  const x = scaleLinear().domain([0, Math.max(...rows.map(r => r.gpuHours))]).range([x0, x1])
  const foot = stack.bottom + 10
  const bars = stack.rows.map((s, i) => ({ labelY: s.labelY, y: s.y, height: s.height, mid: s.mid, width: x(rows[i].gpuHours) - x0, valueX: x(rows[i].gpuHours) + 8 }))
  return {
    width,
    height: foot + 30,
    x0,
    nameX: x0 + 8,
    foot,
    tickY: foot + 24,
    bars,
    ticks: x.ticks(width < 560 ? 3 : 5).map(v => ({ at: x(v), label: tickLabel('si', v), key: v })),
    // A cut that leaves less than a quarter piece before the bar's end reads as a glitch (11.05×
    // drew a 1 px sliver): that last piece runs to the end instead.
    pieces: multiplesWithin(v3.gpuHours, llama.gpuHours).filter(v => llama.gpuHours - v >= v3.gpuHours / 4).map(v => x(v)),
    ratioX: width - 4,
  }
}

export const gpuHoursChart = defineChart<GpuHoursRow, GpuHoursStep, GpuHoursGeometry>({
  id: 'gpu-hours',
  title: 'Compute used to train each model, and the GPUs that ran it',
  factIds: [...GPU_HOURS_ROWS.flatMap(r => [r.factId, r.countFactId]), GPU_HOURS_RATIO_FACT],
  columns: [
    { key: 'name', label: 'Model' },
    { key: 'chip', label: 'Chip' },
    { key: 'gpus', label: 'Cluster', unit: 'GPUs' },
    { key: 'gpuHours', label: 'Training compute', unit: 'GPU-hours' },
  ],
  rows,
  steps: [
    { bars: 1, ratio: false },
    { bars: 2, ratio: false },
    { bars: 2, ratio: true },
  ],
  rowShown: (row, step) => rows.indexOf(row) < step.bars,
  layout: gpuHoursLayout,
})
