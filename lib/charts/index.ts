/**
 * Every chart definition in the deck. The CSV downloads, the browser walk, the print check and
 * the clicks-vs-steps check all read this list, so a chart added here is checked everywhere.
 */
import type { ChartDefinition } from '../chart'
import type { TimelineDefinition } from '../timeline/define'
import { afterJanuary2025Chart } from './after-january-2025'
import { appRankChart } from './app-rank'
import { billionaireLossesChart } from './billionaire-losses'
import { censorshipRefusalsChart } from './censorship-refusals'
import { chipCompareChart } from './chip-compare'
import { costIcebergChart } from './cost-iceberg'
import { dotcomChart } from './dotcom'
import { exportControlsTimelineChart } from './export-controls-timeline'
import { gpuHoursChart } from './gpu-hours'
import { gpuUnitsChart } from './gpu-units'
import { largestLossesChart } from './largest-losses'
import { marketMovesChart } from './market-moves'
import { nvidiaPriceChart } from './nvidia-price'
import { nvidiaRunChart } from './nvidia-run'
import { originTimelineChart } from './origin-timeline'
import { r1BenchmarksChart } from './r1-benchmarks'
import { signupAttacksChart } from './signup-attacks'
import { trainingCostChart } from './training-cost'
import { usagePriceChart } from './usage-price'

export const charts: readonly ChartDefinition<any, any>[] = [
  costIcebergChart,
  trainingCostChart,
  gpuUnitsChart,
  gpuHoursChart,
  chipCompareChart,
  usagePriceChart,
  nvidiaPriceChart,
  dotcomChart,
  originTimelineChart,
  exportControlsTimelineChart,
  appRankChart,
  largestLossesChart,
  marketMovesChart,
  nvidiaRunChart,
  billionaireLossesChart,
  censorshipRefusalsChart,
  signupAttacksChart,
  r1BenchmarksChart,
  afterJanuary2025Chart,
]

const seen = new Set<string>()
for (const chart of charts) {
  if (seen.has(chart.id))
    throw new Error(`Two chart definitions share the id "${chart.id}" in lib/charts/index.ts`)
  seen.add(chart.id)
}

/** The definition with this id; throws naming the known ids when it is absent. */
export function chartById(id: string): ChartDefinition<any, any> {
  const chart = charts.find(c => c.id === id)
  if (!chart)
    throw new Error(`No chart "${id}" in lib/charts/index.ts (known: ${charts.map(c => c.id).join(', ')})`)
  return chart
}

/**
 * The timeline with this id: a slide names its timeline by id (`<TimelineChart chart="origin-timeline" …>`)
 * rather than through a one-line wrapper component per timeline.
 */
export function timelineById(id: string): TimelineDefinition {
  const chart = chartById(id)
  if (!('rowOf' in chart))
    throw new Error(`Chart "${id}" is not a timeline (lib/timeline/define.ts)`)
  return chart as TimelineDefinition
}
